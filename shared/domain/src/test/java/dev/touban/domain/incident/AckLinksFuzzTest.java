package dev.touban.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;

/**
 * Acknowledge-link tokens. A token this key issued verifies as exactly what it names; any
 * other text, including every change to an issued token (a character replaced, inserted or
 * removed, text appended), is Malformed or Tampered, never Valid nor Expired. Inputs:
 * {@code AckLinksFuzzTestInputs/}.
 */
class AckLinksFuzzTest {
    private static final Instant ISSUED = Instant.parse("2026-11-28T09:00:00Z");
    private static final AckLinks LINKS = new AckLinks("fuzz-ack-link-key-0123456789", AckLinks.DEFAULT_VALIDITY);

    @FuzzTest
    void aChangedToken_neverVerifies(FuzzedDataProvider data) {
        long incident = data.consumeLong(1, 999_999_999_999L);
        String member = data.consumeAsciiString(24);
        Instant now = ISSUED.plusSeconds(data.consumeLong(0, AckLinks.DEFAULT_VALIDITY.toSeconds() - 1));
        String token = LINKS.token(incident, member, ISSUED);
        String changed = FuzzEdits.apply(token, data);
        AckLinks.Verdict verdict = LINKS.verify(changed, now);
        if (changed.equals(token)) {
            assertThat(verdict).isEqualTo(new AckLinks.Verdict.Valid(incident, member, ISSUED.plus(AckLinks.DEFAULT_VALIDITY)));
        } else {
            assertThat(verdict).isInstanceOfAny(AckLinks.Verdict.Malformed.class, AckLinks.Verdict.Tampered.class);
        }
    }

    @FuzzTest
    void anyText_isMalformedOrTampered(byte[] input) {
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(LINKS.verify(text, ISSUED)).isInstanceOfAny(AckLinks.Verdict.Malformed.class, AckLinks.Verdict.Tampered.class);
    }
}
