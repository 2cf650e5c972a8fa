package dev.touban.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsLengthTest {

    @Test
    void gsmText_fits160ASegment_then153() {
        assertThat(SmsLength.segments("x".repeat(160))).isEqualTo(1);
        assertThat(SmsLength.segments("x".repeat(161))).isEqualTo(2);
        assertThat(SmsLength.segments("x".repeat(306))).isEqualTo(2);
        assertThat(SmsLength.segments("x".repeat(307))).isEqualTo(3);
    }

    @Test
    void extensionCharacters_countTwice() {
        assertThat(SmsLength.isGsm7("€[]")).isTrue();
        assertThat(SmsLength.segments("€".repeat(80))).isEqualTo(1);
        assertThat(SmsLength.segments("€".repeat(81))).isEqualTo(2);
    }

    @Test
    void oneCharacterOutsideGsm_sendsTheWholeTextAsUtf16_70ASegment_then67() {
        assertThat(SmsLength.isGsm7("disk full …")).isFalse();
        assertThat(SmsLength.segments("😀" + "x".repeat(68))).isEqualTo(1);
        assertThat(SmsLength.segments("😀" + "x".repeat(69))).isEqualTo(2);
        assertThat(SmsLength.segments("当".repeat(134))).isEqualTo(2);
        assertThat(SmsLength.segments("当".repeat(135))).isEqualTo(3);
    }
}
