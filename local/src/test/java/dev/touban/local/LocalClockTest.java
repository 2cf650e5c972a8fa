package dev.touban.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LocalClockTest {
    private static final Instant REAL_NOW = Instant.parse("2026-11-25T06:00:00Z");

    private final MutableClock real = new MutableClock(REAL_NOW);
    private final LocalClock clock = new LocalClock(real);

    @Test
    void startsAtRealTime() {
        assertThat(clock.instant()).isEqualTo(REAL_NOW);
    }

    @Test
    void advance_jumpsAhead_andTimeKeepsFlowing() {
        assertThat(clock.advance(Duration.ofDays(3))).isEqualTo(REAL_NOW.plus(Duration.ofDays(3)));

        real.advance(Duration.ofMinutes(5));

        assertThat(clock.instant()).isEqualTo(REAL_NOW.plus(Duration.ofDays(3)).plus(Duration.ofMinutes(5)));
    }

    @Test
    void set_movesToAnInstant_pastOrFuture() {
        Instant saturday = Instant.parse("2026-11-28T09:00:00Z");

        assertThat(clock.set(saturday)).isEqualTo(saturday);
        real.advance(Duration.ofSeconds(90));
        assertThat(clock.instant()).isEqualTo(saturday.plusSeconds(90));
        assertThat(clock.set(Instant.parse("2026-01-01T00:00:00Z"))).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }
}
