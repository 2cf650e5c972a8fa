package dev.touban.domain.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.config.Member;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.Severity;
import dev.touban.domain.language.Language;
import dev.touban.domain.text.SmsLength;
import java.time.Instant;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PageTextTest {
    private static final Member ALICE = new Member("alice", "Alice Sato", "U01ALICE", "+819012345678", null, ZoneId.of("Asia/Tokyo"));
    private static final String ACK_URL = "https://abcdef1234.execute-api.ap-northeast-1.amazonaws.com/ack/"
            + "NDI6MTc2NDQwNjgwMDphbGljZQ.qQ8mN3x0rT5uVw2yZaBcDe";

    @Test
    void sms_carriesTheNumberTheSummaryTheLinkAndTheReplyWithItsCode() {
        String sms = PageText.sms(page("Checkout 5xx above 2%", "https://x.example/ack/T"), "7Q3F");

        assertThat(sms).isEqualTo("Touban #42 CRITICAL: Checkout 5xx above 2% Ack: https://x.example/ack/T Reply ACK 42 7Q3F");
    }

    @Test
    void sms_cutsALongSummary_withAnAsciiMarker_soTheTextStaysGsm() {
        String sms = PageText.sms(page("Checkout 5xx above 2% on every node of the payment cluster in ap-northeast-1 since the deploy", ACK_URL), "7Q3F");

        assertThat(sms).startsWith("Touban #42 CRITICAL: Checkout 5xx above 2% on every node of the payment cluster in ap-no...")
                .endsWith(" Ack: " + ACK_URL + " Reply ACK 42 7Q3F").doesNotContain("+8190");
        assertThat(SmsLength.isGsm7(sms)).isTrue();
        assertThat(SmsLength.segments(sms)).isEqualTo(2);
    }

    @Test
    void sms_withEmoji_neverSplitsOne_andStaysWithinThreeSegments() {
        String sms = PageText.sms(page("🔥".repeat(60), ACK_URL), "7Q3F");

        assertThat(SmsLength.segments(sms)).isLessThanOrEqualTo(PageText.SMS_SEGMENTS);
        assertThat(sms).contains("🔥...").endsWith("Reply ACK 42 7Q3F");
        assertThat(isValidUtf16(sms)).as("no half emoji").isTrue();
    }

    @Test
    void sms_whoseLinkWouldNotFit_dropsTheLink_butKeepsTheReplyWords() {
        String sms = PageText.sms(page("当番 disk full", "https://x.example/ack/" + "T".repeat(400)), "7Q3F");

        assertThat(sms).isEqualTo("Touban #42 CRITICAL: 当番 disk full Reply ACK 42 7Q3F");
    }

    @Property(tries = 1000)
    void sms_ofAnySummary_fitsThreeSegments_keepsWholeCodePoints_andEndsWithTheReply(@ForAll("summaries") String summary) {
        String sms = PageText.sms(page(summary, ACK_URL), "7Q3F");

        assertThat(SmsLength.segments(sms)).isLessThanOrEqualTo(PageText.SMS_SEGMENTS);
        assertThat(isValidUtf16(sms)).isTrue();
        assertThat(sms).startsWith("Touban #42 CRITICAL: ").endsWith(" Reply ACK 42 7Q3F");
    }

    @Test
    void subject_isOneAsciiLineUnderAHundredCharacters_cutWithThreeDots() {
        String subject = PageText.subject(page("決済 5xx\nline two " + "x".repeat(200), null).incident());

        assertThat(subject).startsWith("Touban #42 [critical] 5xx line two").hasSize(PageText.SUBJECT_MAX).endsWith("...");
    }

    /** The emulator accepts any subject; SNS refuses one that is not printable ASCII under 100 characters, so the rule is tested here. */
    @Property(tries = 1000)
    void subject_ofAnySummary_meetsSnsRules(@ForAll("summaries") String summary) {
        String subject = PageText.subject(page(summary, null).incident());

        assertThat(subject.length()).isLessThan(100);
        assertThat(subject.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)).as(subject).isTrue();
        assertThat(subject).startsWith("Touban #42 [critical]");
    }

    @Test
    void voice_greetsThePerson_saysTheIncidentTwice_andHowToAcknowledge() {
        String voice = PageText.voice(page("Checkout 5xx above 2%", null));

        assertThat(voice).startsWith("Hello Alice Sato.").containsSubsequence("Incident 42, critical: Checkout 5xx above 2%.",
                "Again: Incident 42", "press Acknowledge in Slack, or answer the text message as it says.");
    }

    @Property(tries = 300)
    void voice_ofAnySummary_isBounded(@ForAll("summaries") String summary) {
        assertThat(PageText.voice(page(summary, null)).length()).isLessThanOrEqualTo(PageText.VOICE_MAX);
    }

    @Provide
    Arbitrary<String> summaries() {
        Arbitrary<String> piece = Arbitraries.of("disk full ", "😀", "👨‍👩‍👧", "🇯🇵", "当番", "\ud83d", "\n", "€[", "e\u0301", "x".repeat(90), "…", "\u0000");
        return piece.list().ofMinSize(1).ofMaxSize(40).map(l -> String.join("", l)).filter(s -> !s.isBlank());
    }

    private static boolean isValidUtf16(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void sms_toSomeoneWhoReadsJapanese_isInJapanese_withTheSameReplyWords_withinThreeSegments() {
        Page page = japanese(page("決済が失敗 disk full", "https://x.example/ack/T"));

        String sms = PageText.sms(page, "7Q3F");

        assertThat(sms).isEqualTo("Touban #42 CRITICAL: 決済が失敗 disk full 確認: https://x.example/ack/T 返信で確認: ACK 42 7Q3F");
        assertThat(PageText.sms(japanese(page("決済が失敗".repeat(40), ACK_URL)), "7Q3F"))
                .endsWith("返信で確認: ACK 42 7Q3F")
                .satisfies(long_ -> assertThat(SmsLength.segments(long_)).isLessThanOrEqualTo(PageText.SMS_SEGMENTS));
    }

    @Test
    void voice_toSomeoneWhoReadsJapanese_isSpokenInJapanese() {
        Page page = japanese(page("決済が失敗", null));

        assertThat(PageText.voice(page)).isEqualTo("Alice Satoさん。当番の呼び出しです。インシデント42番、重大: 決済が失敗。 "
                + "もう一度: インシデント42番、重大: 決済が失敗。 確認するには、Slackで確認を押すか、ショートメッセージの案内どおりに返信してください。");
        assertThat(PageText.language(page)).isEqualTo(Language.JA);
        assertThat(PageText.language(page("x", null))).isEqualTo(Language.EN);
    }

    @Test
    void topicBody_isInThePagedPersonsLanguage_withTheTimeAsIso() {
        Page page = page("決済が失敗", "https://x.example/ack/T");

        assertThat(PageText.body(page)).isEqualTo("Incident #42 (critical)\n決済が失敗\nSource: prometheus\nPaged: Alice Sato, tier 1\n"
                + "Triggered: 1970-01-01T00:00:00Z\nAcknowledge: https://x.example/ack/T\n");
        assertThat(PageText.body(japanese(page))).isEqualTo("インシデント #42（critical）\n決済が失敗\n発生元: prometheus\n"
                + "呼び出し: Alice Sato、第1段階\n発生時刻: 1970-01-01T00:00:00Z\n確認: https://x.example/ack/T\n");
    }

    private static Page japanese(Page page) {
        Recipient.Person p = (Recipient.Person) page.recipient();
        return new Page(page.incident(), new Recipient.Person(p.member(), p.why(), Language.JA), page.channel(), page.tierIndex(),
                page.pass(), page.ackUrl());
    }

    private static Page page(String summary, String ackUrl) {
        Incident incident = new Incident(42, "web", "k", "web", "sre", "sre-default", Alert.simple(summary, "prometheus", Severity.CRITICAL),
                IncidentStatus.TRIGGERED, 1, 1, Instant.EPOCH, Instant.EPOCH, null, null, null, null, 0);
        return new Page(incident, new Recipient.Person(ALICE, "on call"), Channel.SMS, 0, 0, ackUrl);
    }
}
