package dev.touban.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Locale;

/**
 * SMS reply codes: a reply matches only the code of that incident and member, read as the
 * documented forgiveness allows (case, O for 0, I and L for 1); every other reply, and every
 * change to the code that forgiveness does not cover, does not match. Inputs:
 * {@code SmsCodesFuzzTestInputs/}.
 */
class SmsCodesFuzzTest {
    private static final SmsCodes CODES = new SmsCodes("fuzz-ack-link-key-0123456789");

    @FuzzTest
    void aReply_matchesOnlyThatIncidentsAndMembersCode(FuzzedDataProvider data) {
        long incident = data.consumeLong(1, 999_999_999_999L);
        String member = data.consumeAsciiString(24);
        String code = CODES.code(incident, member);
        String reply = FuzzEdits.apply(code, data);
        boolean forgiven = reply.length() == SmsCodes.LENGTH && reply.chars().allMatch(c -> c < 128)
                && reply.toUpperCase(Locale.ROOT).replace('O', '0').replace('I', '1').replace('L', '1').equals(code);
        assertThat(CODES.matches(incident, member, reply)).isEqualTo(forgiven);
    }
}
