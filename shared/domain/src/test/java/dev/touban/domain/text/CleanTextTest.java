package dev.touban.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CleanTextTest {

    @Test
    void aLoneSurrogate_becomesTheReplacementCharacter_andAPairStays() {
        assertThat(CleanText.line("disk full \ud83d", 100)).isEqualTo("disk full \uFFFD");
        assertThat(CleanText.line("\ude00 low first", 100)).isEqualTo("\uFFFD low first");
        assertThat(CleanText.line("disk full 😀", 100)).isEqualTo("disk full 😀");
    }

    @Test
    void controlCharacters_andBidiOverrides_areReplaced_breaksBecomeSpacesOnALine() {
        assertThat(CleanText.line("a\u0000b\u0007c\u007fd\u009be", 100)).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
        assertThat(CleanText.line("pay \u202Egnp.exe", 100)).isEqualTo("pay \uFFFDgnp.exe");
        assertThat(CleanText.line("one\ntwo\r\nthree\tfour\u2028five", 100)).isEqualTo("one two  three four five");
    }

    @Test
    void aBlock_keepsLinesAndTabs_andTurnsCarriageReturnsIntoLineFeeds() {
        assertThat(CleanText.block("a\r\nb\rc\n\td\u0001", 100)).isEqualTo("a\nb\nc\n\td\uFFFD");
    }

    @Test
    void overLongText_isCutWithTheMarker_withinTheBound() {
        String cut = CleanText.line("x".repeat(2000), 1024);

        assertThat(cut).hasSize(1024).endsWith(CleanText.MARKER).startsWith("xxxx");
    }

    @Test
    void aCut_neverSplitsASurrogatePair_anEmojiSequence_aFlag_orACombiningMark() {
        assertThat(CleanText.cut("ab😀cd", 3, "")).isEqualTo("ab");
        assertThat(CleanText.cut("ab😀cd", 4, "")).isEqualTo("ab😀");
        assertThat(CleanText.cut("ab👨‍👩‍👧", 7, "")).as("a family is one grapheme of 5 code points").isEqualTo("ab");
        assertThat(CleanText.cut("ab👍🏽x", 5, "")).as("a skin tone stays with its hand").isEqualTo("ab");
        assertThat(CleanText.cut("🇯🇵🇩🇪x", 6, "")).as("flags are pairs").isEqualTo("🇯🇵");
        assertThat(CleanText.cut("cafe\u0301s", 4, "")).as("e and its accent").isEqualTo("caf");
    }

    @Test
    void nullStaysNull() {
        assertThat(CleanText.line(null, 10)).isNull();
        assertThat(CleanText.block(null, 10)).isNull();
    }

    @Property(tries = 2000)
    void everyResult_isValidUtf16_clean_bounded_andStable(@ForAll("hostile") String text, @ForAll("bounds") int max) {
        String line = CleanText.line(text, max);
        String block = CleanText.block(text, max);

        for (String s : new String[] {line, block}) {
            assertThat(s.length()).isLessThanOrEqualTo(max);
            assertThat(isValidUtf16(s)).as(s).isTrue();
            assertThat(s.chars().noneMatch(c -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f))).isTrue();
        }
        assertThat(line).doesNotContain("\n", "\t");
        assertThat(CleanText.line(line, max)).as("idempotent").isEqualTo(line);
        assertThat(CleanText.block(block, max)).as("idempotent").isEqualTo(block);
        if (text.length() <= max && isValidUtf16(text) && text.chars().allMatch(c -> c >= 0x20 && (c < 0x7f || c > 0x9f) && c < 0x2028)) {
            assertThat(line).as("clean text that fits is kept as is").isEqualTo(text);
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.strings().ofMaxLength(60).withChars('a', 'Z', ' ', '\n', '\r', '\t', '\u0000', '\u0085', '\u007f', '\u202e',
                '\u2028', '\ud83d', '\ude00', '\u200d', '\u0301', '\ufe0f', 'é', '当');
    }

    @Provide
    Arbitrary<Integer> bounds() {
        return Arbitraries.integers().between(1, 64);
    }

    private static boolean isValidUtf16(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
