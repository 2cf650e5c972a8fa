package dev.touban.domain.escalation;

import dev.touban.domain.incident.Incident;
import java.util.Locale;

/** The words of a page on the channels that carry plain text: short for SMS, spoken for voice, a subject and body for the topic. */
public final class PageText {
    private static final int SMS_SUMMARY = 70;
    private static final int VOICE_SUMMARY = 300;
    private static final int SUBJECT = 99;

    private PageText() {}

    public static String sms(Page page) {
        Incident i = page.incident();
        String text = "Touban #" + i.number() + " " + i.alert().severity().label().toUpperCase(Locale.ROOT) + ": "
                + cut(i.alert().summary(), SMS_SUMMARY);
        if (page.ackUrl() != null) {
            text += " Ack: " + page.ackUrl();
        }
        return text + " or reply ACK " + i.number();
    }

    public static String voice(Page page) {
        Incident i = page.incident();
        String who = page.recipient() instanceof Recipient.Person p ? "Hello " + p.member().name() + ". " : "";
        String what = "Incident " + i.number() + ", " + i.alert().severity().label() + ": " + cut(i.alert().summary(), VOICE_SUMMARY) + ".";
        return who + "This is Touban with a page. " + what + " Again: " + what
                + " To acknowledge, reply ACK " + i.number() + " to the text message, or press Acknowledge in Slack.";
    }

    /** SNS subjects must be ASCII, one line, under 100 characters. */
    public static String subject(Incident i) {
        String s = "Touban #" + i.number() + " [" + i.alert().severity().label() + "] " + i.alert().summary();
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f ? c : ' ');
        }
        return cut(out.toString().replaceAll(" +", " ").strip(), SUBJECT);
    }

    public static String body(Page page) {
        Incident i = page.incident();
        StringBuilder out = new StringBuilder()
                .append("Incident #").append(i.number()).append(" (").append(i.alert().severity().label()).append(")\n")
                .append(i.alert().summary()).append('\n')
                .append("Source: ").append(i.alert().source()).append('\n')
                .append("Paged: ").append(page.recipient().describe()).append(", tier ").append(page.tierIndex() + 1)
                .append(page.pass() > 0 ? " (repeat " + page.pass() + ")" : "").append('\n')
                .append("Triggered: ").append(i.triggeredAt()).append('\n');
        if (page.ackUrl() != null) {
            out.append("Acknowledge: ").append(page.ackUrl()).append('\n');
        }
        return out.toString();
    }

    static String cut(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
