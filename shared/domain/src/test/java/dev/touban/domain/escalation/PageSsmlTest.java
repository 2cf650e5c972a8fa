package dev.touban.domain.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.touban.domain.config.Member;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.Severity;
import dev.touban.domain.language.Language;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The SSML a call in Japanese is read from: reading hints for numbers and the reply code, always well-formed. */
class PageSsmlTest {
    private static final Member ALICE = new Member("alice", "Alice Sato", "U01ALICE", "+819012345678", null, ZoneId.of("Asia/Tokyo"));

    @Test
    void ssml_readsTheNumberAsANumber_andSpellsTheReplyWordsAndCode() {
        String ssml = PageText.voiceSsml(page(42, "Alice Sato", "決済が失敗 & <5xx>"), "7Q3F");

        assertThat(ssml).isEqualTo("<speak>Alice Satoさん。当番の呼び出しです。"
                + "インシデント<say-as interpret-as=\"cardinal\">42</say-as>番、重大: 決済が失敗 &amp; &lt;5xx&gt;。 "
                + "もう一度: インシデント<say-as interpret-as=\"cardinal\">42</say-as>番、重大: 決済が失敗 &amp; &lt;5xx&gt;。 "
                + "確認するには、Slackで確認を押すか、ショートメッセージの案内どおりに返信してください。"
                + "返信する言葉は <say-as interpret-as=\"characters\">ACK</say-as> <say-as interpret-as=\"cardinal\">42</say-as> "
                + "<say-as interpret-as=\"characters\">7Q3F</say-as> です。</speak>");
    }

    @Test
    void ssml_readsALongNumberDigitByDigit_andSaysNoCodeWhenThereIsNone() {
        String ssml = PageText.voiceSsml(page(12345, "Alice Sato", "disk full"), null);

        assertThat(ssml).contains("インシデント<say-as interpret-as=\"digits\">12345</say-as>番").doesNotContain("返信する言葉", "characters")
                .endsWith("返信してください。</speak>");
        assertThat(PageText.voiceSsml(page(9999, "A", "x"), null)).contains("<say-as interpret-as=\"cardinal\">9999</say-as>");
    }

    @Property(tries = 300)
    void ssml_ofAnySummaryAndName_isWellFormed_andWithinTheApisLimit(@ForAll("texts") String summary, @ForAll("texts") String name) {
        String ssml = PageText.voiceSsml(page(42, name, summary), "7Q3F");

        assertThat(ssml.length()).isLessThanOrEqualTo(PageText.SSML_MAX);
        assertThatCode(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(ssml.getBytes(StandardCharsets.UTF_8)))).as(ssml).doesNotThrowAnyException();
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of("disk full ", "<speak>", "</say-as>", "&amp;", "\"'", "]]>", "<!--", "😀", "\ud83d", "\n",
                "\u0000", "\u0007", "\uFFFE", "当番", "&".repeat(400), "\"".repeat(300));
        return piece.list().ofMinSize(1).ofMaxSize(30).map(l -> String.join("", l)).filter(s -> !s.isBlank());
    }

    private static Page page(long number, String name, String summary) {
        Member member = new Member("alice", name, ALICE.slackUserId(), ALICE.phone(), null, ALICE.timeZone());
        Incident incident = new Incident(number, "web", "k", "web", "sre", "sre-default", Alert.simple(summary, "prometheus", Severity.CRITICAL),
                IncidentStatus.TRIGGERED, 1, 1, Instant.EPOCH, Instant.EPOCH, null, null, null, null, 0);
        return new Page(incident, new Recipient.Person(member, "on call", Language.JA), Channel.VOICE, 0, 0, null);
    }
}
