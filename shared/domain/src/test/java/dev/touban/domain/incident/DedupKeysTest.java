package dev.touban.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DedupKeysTest {

    @Test
    void aKeyThatFits_isKept_cleaned() {
        assertThat(DedupKeys.of("checkout-latency-p99")).isEqualTo("checkout-latency-p99");
        assertThat(DedupKeys.of("disk full \ud83d")).isEqualTo("disk full \uFFFD");
        assertThat(DedupKeys.of("k".repeat(255))).isEqualTo("k".repeat(255));
    }

    @Test
    void aLongerKey_becomesItsDigest_theSameEachTime_andDistinctFromAnotherLongKey() {
        String a = DedupKeys.of("k".repeat(256));

        assertThat(a).matches("sha256:[0-9a-f]{64}");
        assertThat(DedupKeys.of("k".repeat(256))).isEqualTo(a);
        assertThat(DedupKeys.of("k".repeat(255) + "x")).isNotEqualTo(a);
    }
}
