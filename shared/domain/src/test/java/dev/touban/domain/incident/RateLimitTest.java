package dev.touban.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitTest {
    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");

    @Test
    void retryAfter_isWhatIsLeftOfTheMinute_inWholeSeconds() {
        assertThat(RateLimit.retryAfter(T0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(RateLimit.retryAfter(T0.plusMillis(1))).isEqualTo(Duration.ofSeconds(60));
        assertThat(RateLimit.retryAfter(T0.plusSeconds(43))).isEqualTo(Duration.ofSeconds(17));
        assertThat(RateLimit.retryAfter(T0.plusSeconds(59).plusMillis(900))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void instanceLimit_countsPerKeyAndMinute_inMemory() {
        InstanceRateLimit limit = new InstanceRateLimit();

        assertThat(limit.allow("a", 2, T0)).isTrue();
        assertThat(limit.allow("a", 2, T0.plusSeconds(30))).isTrue();
        assertThat(limit.allow("a", 2, T0.plusSeconds(59))).isFalse();
        assertThat(limit.allow("b", 2, T0.plusSeconds(59))).isTrue();
        assertThat(limit.allow("a", 2, T0.plusSeconds(60))).isTrue();
    }

    @Test
    void instanceLimit_keepsAtMostItsBoundOfKeys_andRefusesNewOnesWhileFull() {
        InstanceRateLimit limit = new InstanceRateLimit();
        for (int i = 0; i < InstanceRateLimit.MAX_KEYS; i++) {
            limit.allow("k" + i, 5, T0);
        }

        assertThat(limit.allow("one-more", 5, T0.plusSeconds(1))).isFalse();
        assertThat(limit.allow("k1", 5, T0.plusSeconds(1))).isTrue();
        assertThat(limit.allow("one-more", 5, T0.plusSeconds(60))).as("old windows make room").isTrue();
    }
}
