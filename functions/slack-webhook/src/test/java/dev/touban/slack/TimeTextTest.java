package dev.touban.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeTextTest {

    @Test
    void at_readsInTheGivenZone() {
        Instant t = Instant.parse("2026-11-28T09:00:00Z");

        assertThat(TimeText.at(t, ZoneId.of("Asia/Tokyo"))).isEqualTo("Sat 28 Nov 18:00 JST");
        assertThat(TimeText.at(t, ZoneId.of("America/Los_Angeles"))).isEqualTo("Sat 28 Nov 01:00 PST");
    }

    @Test
    void length_showsDaysHoursAndMinutes_roundingDown() {
        assertThat(TimeText.length(Duration.ZERO)).isEqualTo("0m");
        assertThat(TimeText.length(Duration.ofSeconds(59))).isEqualTo("0m");
        assertThat(TimeText.length(Duration.ofMinutes(45))).isEqualTo("45m");
        assertThat(TimeText.length(Duration.ofMinutes(60))).isEqualTo("1h 0m");
        assertThat(TimeText.length(Duration.ofHours(3).plusMinutes(30))).isEqualTo("3h 30m");
        assertThat(TimeText.length(Duration.ofDays(1))).isEqualTo("1d 0h 0m");
        assertThat(TimeText.length(Duration.ofDays(2).plusMinutes(5))).isEqualTo("2d 0h 5m");
    }

    @Test
    void length_ofANegativeDuration_isZero() {
        assertThat(TimeText.length(Duration.ofMinutes(-5))).isEqualTo("0m");
    }
}
