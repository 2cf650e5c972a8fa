package dev.touban.domain.escalation;

import dev.touban.domain.incident.Incident;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.domain.text.CleanText;
import dev.touban.domain.text.SnsSubject;
import dev.touban.domain.text.SmsLength;
import java.util.Locale;

/**
 * The words of a page on the channels that carry plain text, each within its channel's rules:
 * an SMS of at most {@value #SMS_SEGMENTS} segments that always ends with the reply words and
 * code; spoken text of at most {@value #VOICE_MAX} characters; an SNS subject of printable
 * ASCII under 100 characters with no line break. Cuts fall on whole graphemes (never half an
 * emoji) and end with {@value #ASCII_MARKER}, which costs no SMS encoding change.
 */
public final class PageText {
    public static final int SMS_SEGMENTS = 3;
    public static final int VOICE_MAX = 1500;
    /** SNS: "must be ASCII text ... less than 100 characters". */
    public static final int SUBJECT_MAX = SnsSubject.MAX;
    static final String ASCII_MARKER = "...";
    private static final int SMS_SUMMARY = 70;
    private static final int VOICE_SUMMARY = 300;

    private PageText() {}

    /** The SMS: number, severity, summary, the acknowledge link when there is one, and how to reply with {@code code}. */
    public static String sms(Page page, String code) {
        Incident i = page.incident();
        Language lang = language(page);
        String head = "Touban #" + i.number() + " " + i.alert().severity().label().toUpperCase(Locale.ROOT) + ": ";
        // The reply words stay ACK <number> <code> in every language: that is what the inbound parser reads.
        String reply = Messages.say(lang, Msg.SMS_REPLY, "number", i.number(), "code", code);
        String tail = (page.ackUrl() == null ? "" : Messages.say(lang, Msg.SMS_ACK_LINK, "url", page.ackUrl())) + reply;
        if (SmsLength.segments(head + ASCII_MARKER + tail) > SMS_SEGMENTS) {
            tail = reply;
        }
        return SmsLength.fit(head, oneLine(i.alert().summary()), tail, SMS_SUMMARY, SMS_SEGMENTS);
    }

    public static String voice(Page page) {
        Incident i = page.incident();
        Language lang = language(page);
        String who = page.recipient() instanceof Recipient.Person p ? Messages.say(lang, Msg.VOICE_HELLO, "name", oneLine(p.member().name())) : "";
        String what = Messages.say(lang, Msg.VOICE_WHAT, "number", i.number(), "severity", i.alert().severity().label(),
                "summary", CleanText.cut(oneLine(i.alert().summary()), VOICE_SUMMARY, ASCII_MARKER));
        String text = who + Messages.say(lang, Msg.VOICE_PAGE, "what", what);
        return CleanText.cut(text, VOICE_MAX, ASCII_MARKER);
    }

    /** The language of the person paged; English for a place. */
    public static Language language(Page page) {
        return page.recipient() instanceof Recipient.Person p ? p.language() : Language.EN;
    }

    /** The pages topic's subject: printable ASCII, one line, under 100 characters ({@link SnsSubject}). */
    public static String subject(Incident i) {
        return SnsSubject.of("Touban #" + i.number() + " [" + i.alert().severity().label() + "] " + i.alert().summary());
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

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
