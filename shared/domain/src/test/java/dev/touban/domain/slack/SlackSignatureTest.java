package dev.touban.domain.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.domain.slack.SlackSignature.Verdict;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackSignatureTest {
    /** Slack's documented example (https://api.slack.com/authentication/verifying-requests-from-slack). */
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String TIMESTAMP = "1531420618";
    private static final String BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
            + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect"
            + "&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
            + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private static final String EXPECTED = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static final Instant SENT = Instant.ofEpochSecond(1531420618);

    private final SlackSignature signature = new SlackSignature(SECRET);

    @Test
    void sign_matchesSlacksDocumentedExample() {
        assertThat(signature.sign(TIMESTAMP, BODY)).isEqualTo(EXPECTED);
    }

    @Test
    void verify_acceptsSlacksDocumentedExample() {
        assertThat(signature.verify(TIMESTAMP, EXPECTED, BODY, SENT)).isEqualTo(Verdict.VALID);
    }

    @ParameterizedTest(name = "now = sent {0}s -> {1}")
    @CsvSource({"0, VALID", "300, VALID", "301, STALE", "-300, VALID", "-301, STALE", "86400, STALE", "-86400, STALE"})
    void verify_acceptsOnlyWithinFiveMinutesEitherWay(long offsetSeconds, Verdict expected) {
        assertThat(signature.verify(TIMESTAMP, EXPECTED, BODY, SENT.plusSeconds(offsetSeconds))).isEqualTo(expected);
    }

    @Test
    void verify_isStale_forATimestampSoFarAwayThatTheDifferenceOverflows() {
        // now - timestamp is exactly Long.MIN_VALUE, whose absolute value is still negative
        String farPast = Long.toString(SENT.getEpochSecond() + Long.MIN_VALUE);

        assertThat(signature.verify(farPast, signature.sign(farPast, BODY), BODY, SENT)).isEqualTo(Verdict.STALE);
        assertThat(signature.verify(Long.toString(Long.MAX_VALUE), signature.sign(Long.toString(Long.MAX_VALUE), BODY), BODY, SENT))
                .isEqualTo(Verdict.STALE);
    }

    @Test
    void verify_isMissing_withoutTimestampOrSignature() {
        assertThat(signature.verify(null, EXPECTED, BODY, SENT)).isEqualTo(Verdict.MISSING);
        assertThat(signature.verify(TIMESTAMP, null, BODY, SENT)).isEqualTo(Verdict.MISSING);
        assertThat(signature.verify("", EXPECTED, BODY, SENT)).isEqualTo(Verdict.MISSING);
        assertThat(signature.verify(TIMESTAMP, "", BODY, SENT)).isEqualTo(Verdict.MISSING);
    }

    @ParameterizedTest
    @CsvSource({"abc", "1531420618.5", "1531420618s", "0x5B47A01A", "99999999999999999999999"})
    void verify_isMalformed_whenTheTimestampIsNotWholeSeconds(String timestamp) {
        assertThat(signature.verify(timestamp, EXPECTED, BODY, SENT)).isEqualTo(Verdict.MALFORMED);
    }

    @Test
    void verify_isMismatch_whenOneHexCharacterIsFlipped() {
        for (int i = 3; i < EXPECTED.length(); i++) {
            char c = EXPECTED.charAt(i);
            String flipped = EXPECTED.substring(0, i) + (c == '0' ? '1' : '0') + EXPECTED.substring(i + 1);
            assertThat(signature.verify(TIMESTAMP, flipped, BODY, SENT)).as("flipped at %d", i).isEqualTo(Verdict.MISMATCH);
        }
    }

    @Test
    void verify_isMismatch_forAnotherBodySecretTimestampOrFormat() {
        assertThat(signature.verify(TIMESTAMP, EXPECTED, BODY.replace("text=", "text=hello"), SENT)).isEqualTo(Verdict.MISMATCH);
        assertThat(new SlackSignature("another-secret").verify(TIMESTAMP, EXPECTED, BODY, SENT)).isEqualTo(Verdict.MISMATCH);
        assertThat(signature.verify("1531420619", EXPECTED, BODY, SENT)).isEqualTo(Verdict.MISMATCH);
        assertThat(signature.verify(TIMESTAMP, EXPECTED.substring(3), BODY, SENT)).isEqualTo(Verdict.MISMATCH);
        assertThat(signature.verify(TIMESTAMP, "v1=" + EXPECTED.substring(3), BODY, SENT)).isEqualTo(Verdict.MISMATCH);
        assertThat(signature.verify(TIMESTAMP, EXPECTED.toUpperCase(), BODY, SENT)).isEqualTo(Verdict.MISMATCH);
        assertThat(signature.verify(TIMESTAMP, EXPECTED.substring(0, EXPECTED.length() - 1), BODY, SENT)).isEqualTo(Verdict.MISMATCH);
        assertThat(signature.verify(TIMESTAMP, EXPECTED, null, SENT)).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void verify_coversTheBodyByteForByte_includingNonAsciiText() {
        String body = "command=%2Foncall&text=" + "hello 週末";
        String signed = signature.sign(TIMESTAMP, body);

        assertThat(signature.verify(TIMESTAMP, signed, body, SENT)).isEqualTo(Verdict.VALID);
        assertThat(signature.verify(TIMESTAMP, signed, body.replace("週", "过"), SENT)).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void anEmptySecret_isRefusedAtConstruction() {
        assertThatThrownBy(() -> new SlackSignature("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlackSignature(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
