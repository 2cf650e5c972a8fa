package dev.touban.domain.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.config.Member;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.Severity;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PageTextTest {
    private static final Member ALICE = new Member("alice", "Alice Sato", "U01ALICE", "+819012345678", null, ZoneId.of("Asia/Tokyo"));

    @Test
    void sms_isShortAndCarriesTheNumberTheLinkAndTheReplyWord() {
        Page page = page("Checkout 5xx above 2% on every node of the payment cluster in ap-northeast-1 since the deploy", "https://x.example/ack/T");

        String sms = PageText.sms(page);

        assertThat(sms).startsWith("Touban #42 CRITICAL: Checkout 5xx above 2%").contains("Ack: https://x.example/ack/T").endsWith("or reply ACK 42");
        assertThat(sms).doesNotContain("+8190");
        assertThat(sms.length()).isLessThan(160);
    }

    @Test
    void subject_isOneAsciiLineUnderAHundredCharacters() {
        String subject = PageText.subject(page("決済 5xx\nline two " + "x".repeat(200), null).incident());

        assertThat(subject).startsWith("Touban #42 [critical] 5xx line two").hasSizeLessThan(100).doesNotContain("\n");
        assertThat(subject.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '…')).isTrue();
    }

    @Test
    void voice_greetsThePersonAndSaysTheIncidentTwice() {
        String voice = PageText.voice(page("Checkout 5xx above 2%", null));

        assertThat(voice).startsWith("Hello Alice Sato.").containsSubsequence("Incident 42, critical: Checkout 5xx above 2%.",
                "Again: Incident 42", "reply ACK 42");
    }

    private static Page page(String summary, String ackUrl) {
        Incident incident = new Incident(42, "web", "k", "web", "sre", "sre-default", Alert.simple(summary, "prometheus", Severity.CRITICAL),
                IncidentStatus.TRIGGERED, 1, 1, Instant.EPOCH, Instant.EPOCH, null, null, null, null, 0);
        return new Page(incident, new Recipient.Person(ALICE, "on call"), Channel.SMS, 0, 0, ackUrl);
    }
}
