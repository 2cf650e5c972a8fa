package dev.touban.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmsCodesTest {
    private static final String KEY = "sms-code-test-key-0123456789";
    private final SmsCodes codes = new SmsCodes(KEY);

    @Test
    void aCode_isFourUnambiguousCharacters_andNamesOneIncidentAndOneMember() {
        String code = codes.code(42, "bob");

        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(codes.matches(42, "bob", code)).isTrue();
        assertThat(codes.matches(43, "bob", code)).as("another incident").isFalse();
        assertThat(codes.matches(42, "carol", code)).as("another member").isFalse();
        assertThat(new SmsCodes(KEY + "x").matches(42, "bob", code)).as("another key").isFalse();
    }

    @Test
    void reading_forgivesCase_andTheLettersThatLookLikeDigits() {
        String code = codes.code(7, "alice");
        String typed = code.toLowerCase().replace('0', 'o').replace('1', 'l');

        assertThat(codes.matches(7, "alice", typed)).isTrue();
        assertThat(codes.matches(7, "alice", code + "X")).isFalse();
        assertThat(codes.matches(7, "alice", null)).isFalse();
        assertThat(codes.matches(7, "alice", "")).isFalse();
    }

    /** Found by fuzzing (SmsCodesFuzzTest): toUpperCase read the dotless i as I, so 1, and the long s as S. */
    @Test
    void reading_forgivesNoLetterOutsideAscii() {
        long withS = java.util.stream.LongStream.range(1, 10_000).filter(n -> codes.code(n, "bob").indexOf('S') >= 0).findFirst().orElseThrow();
        long withOne = java.util.stream.LongStream.range(1, 10_000).filter(n -> codes.code(n, "bob").indexOf('1') >= 0).findFirst().orElseThrow();

        assertThat(codes.matches(withS, "bob", codes.code(withS, "bob").toLowerCase(java.util.Locale.ROOT))).isTrue();
        assertThat(codes.matches(withS, "bob", codes.code(withS, "bob").replace('S', '\u017F'))).as("long s").isFalse();
        assertThat(codes.matches(withOne, "bob", codes.code(withOne, "bob").replace('1', 'i'))).isTrue();
        assertThat(codes.matches(withOne, "bob", codes.code(withOne, "bob").replace('1', '\u0131'))).as("dotless i").isFalse();
    }

    @Test
    void codes_spreadOverTheSpace() {
        Set<String> seen = new HashSet<>();
        for (int n = 1; n <= 1000; n++) {
            seen.add(codes.code(n, "bob"));
        }
        assertThat(seen).hasSizeGreaterThan(980);
    }

    @Test
    void aShortKey_isRefused() {
        assertThatThrownBy(() -> new SmsCodes("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
