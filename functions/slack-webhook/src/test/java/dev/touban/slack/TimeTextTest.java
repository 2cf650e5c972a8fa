package dev.touban.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimeTextTest {

    @Test
    void at_readsInTheGivenZone() {
        Instant t = Instant.parse("2026-11-28T09:00:00Z");

        assertThat(TimeText.at(t, ZoneId.of("Asia/Tokyo"))).isEqualTo("Sat 28 Nov 18:00 JST");
        assertThat(TimeText.at(t, ZoneId.of("America/Los_Angeles"))).isEqualTo("Sat 28 Nov 01:00 PST");
    }

    @Test
    void at_readsAsTheJdkFormatterReadsIt_inEveryNamedZone_summerAndWinter_andAcrossAWholeYear() {
        DateTimeFormatter jdk = DateTimeFormatter.ofPattern("EEE d MMM HH:mm z", Locale.ENGLISH);
        for (String id : TimeText.ABBREVIATIONS.keySet()) {
            ZoneId zone = ZoneId.of(id);
            for (Instant t = Instant.parse("2026-01-01T00:07:00Z"); t.isBefore(Instant.parse("2027-01-02T00:00:00Z"));
                    t = t.plus(Duration.ofHours(61))) {
                assertThat(TimeText.at(t, zone)).as(id + " at " + t).isEqualTo(jdk.format(t.atZone(zone)));
            }
        }
    }

    @Test
    void at_inAZoneWithoutAnAbbreviation_showsTheOffsetFromGmt() {
        Instant t = Instant.parse("2026-11-28T09:00:00Z");

        assertThat(TimeText.at(t, ZoneId.of("Asia/Kathmandu"))).isEqualTo("Sat 28 Nov 14:45 GMT+5:45");
        assertThat(TimeText.at(t, ZoneId.of("America/Sao_Paulo"))).isEqualTo("Sat 28 Nov 06:00 GMT-3");
        assertThat(TimeText.at(t, ZoneId.of("Atlantic/Reykjavik"))).isEqualTo("Sat 28 Nov 09:00 GMT");
        for (String id : List.of("Asia/Kathmandu", "America/Sao_Paulo", "Asia/Singapore")) {
            assertThat(TimeText.at(t, ZoneId.of(id))).as(id).startsWith("Sat 28 Nov ");
        }
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
