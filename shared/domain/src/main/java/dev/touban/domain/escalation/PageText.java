package dev.touban.domain.escalation;

import dev.touban.domain.incident.Incident;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.domain.text.CleanText;
import dev.touban.domain.text.SnsSubject;
import dev.touban.domain.text.SmsLength;
import dev.touban.domain.text.XmlText;
import java.util.Locale;

/**
 * The words of a page on the channels that carry plain text, each within its channel's rules:
 * an SMS of at most {@value #SMS_SEGMENTS} segments that always ends with the reply words and
 * code; spoken text of at most {@value #VOICE_MAX} characters; an SNS subject of printable
 * ASCII under 100 characters with no line break; SSML for a call in Japanese of at most
 * {@value #SSML_MAX} characters, tags included. Cuts fall on whole graphemes (never half an
 * emoji) and end with {@value #ASCII_MARKER}, which costs no SMS encoding change.
 */
public final class PageText {
    public static final int SMS_SEGMENTS = 3;
    public static final int VOICE_MAX = 1500;
    /** SendVoiceMessage: "SSML: ... the maximum character limit is 6000 including SSML tagging". */
    public static final int SSML_MAX = 6000;
    /** Numbers up to this are read as a number (よんじゅうに); longer ones digit by digit. */
    static final long READ_AS_NUMBER_UP_TO = 9999;
    private static final int NAME_SPOKEN = 100;
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
        String what = Messages.say(lang, Msg.VOICE_WHAT, "number", i.number(), "severity", i.alert().severity().said(lang),
                "summary", CleanText.cut(oneLine(i.alert().summary()), VOICE_SUMMARY, ASCII_MARKER));
        String text = who + Messages.say(lang, Msg.VOICE_PAGE, "what", what);
        return CleanText.cut(text, VOICE_MAX, ASCII_MARKER);
    }

    /**
     * The call as SSML, for voices that need reading hints (Japanese): the words of
     * {@link #voice} in {@code <speak>}, every value escaped by {@link XmlText}, the incident
     * number read as a number (digit by digit when longer than four digits), then how to
     * acknowledge by text message with {@code code} (null: not said) spelt letter by letter,
     * as the reply words are typed. Values are cut before they are escaped, so the result stays
     * well-formed and within {@value #SSML_MAX} characters whatever the alert says.
     */
    public static String voiceSsml(Page page, String code) {
        Incident i = page.incident();
        Language lang = language(page);
        String number = spokenNumber(i.number());
        String who = page.recipient() instanceof Recipient.Person p
                ? Messages.say(lang, Msg.VOICE_HELLO, "name", XmlText.escape(CleanText.cut(oneLine(p.member().name()), NAME_SPOKEN, ASCII_MARKER)))
                : "";
        String what = Messages.say(lang, Msg.VOICE_WHAT, "number", number, "severity", XmlText.escape(i.alert().severity().said(lang)),
                "summary", XmlText.escape(CleanText.cut(oneLine(i.alert().summary()), VOICE_SUMMARY, ASCII_MARKER)));
        String reply = code == null ? ""
                : Messages.say(lang, Msg.VOICE_REPLY, "reply", spelt("ACK") + " " + number + " " + spelt(code));
        return "<speak>" + who + Messages.say(lang, Msg.VOICE_PAGE, "what", what) + reply + "</speak>";
    }

    private static String spokenNumber(long n) {
        return "<say-as interpret-as=\"" + (n <= READ_AS_NUMBER_UP_TO ? "cardinal" : "digits") + "\">" + n + "</say-as>";
    }

    private static String spelt(String word) {
        return "<say-as interpret-as=\"characters\">" + XmlText.escape(word) + "</say-as>";
    }

    /** The language of the person paged; English for a place. */
    public static Language language(Page page) {
        return page.recipient() instanceof Recipient.Person p ? p.language() : Language.EN;
    }

    /** The pages topic's subject: printable ASCII, one line, under 100 characters ({@link SnsSubject}). */
    public static String subject(Incident i) {
        return SnsSubject.of("Touban #" + i.number() + " [" + i.alert().severity().label() + "] " + i.alert().summary());
    }

    /** The pages topic's message, plain text in the paged person's language; the time stays ISO-8601 UTC for filters and mail rules. */
    public static String body(Page page) {
        Incident i = page.incident();
        Language lang = language(page);
        StringBuilder out = new StringBuilder()
                .append(Messages.say(lang, Msg.PAGE_BODY_INCIDENT, "number", i.number(), "severity", i.alert().severity().label())).append('\n')
                .append(i.alert().summary()).append('\n')
                .append(Messages.say(lang, Msg.PAGE_BODY_SOURCE, "source", i.alert().source())).append('\n')
                .append(Messages.say(lang, Msg.PAGE_BODY_PAGED, "who", page.recipient().describe(), "tier", page.tierIndex() + 1))
                .append(page.pass() > 0 ? Messages.say(lang, Msg.PAGE_BODY_REPEAT, "pass", page.pass()) : "").append('\n')
                .append(Messages.say(lang, Msg.PAGE_BODY_TRIGGERED, "at", i.triggeredAt())).append('\n');
        if (page.ackUrl() != null) {
            out.append(Messages.say(lang, Msg.PAGE_BODY_ACKNOWLEDGE, "url", page.ackUrl())).append('\n');
        }
        return out.toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
