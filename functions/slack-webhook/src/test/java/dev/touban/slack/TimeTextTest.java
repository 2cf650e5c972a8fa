package dev.touban.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.language.Language;
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

    @Test
    void japanese_readsMonthDayWeekdayAndTime_namingTheZoneOnlyOutsideJapan() {
        Instant t = Instant.parse("2026-12-07T01:00:00Z");
        assertThat(TimeText.at(t, ZoneId.of("Asia/Tokyo"), Language.JA)).isEqualTo("12月7日(月) 10:00");
        assertThat(TimeText.at(t, ZoneId.of("America/Los_Angeles"), Language.JA)).isEqualTo("12月6日(日) 17:00 PST");
        assertThat(TimeText.at(t, ZoneId.of("Asia/Tokyo"), Language.EN)).isEqualTo(TimeText.at(t, ZoneId.of("Asia/Tokyo")));
        assertThat(TimeText.day(java.time.LocalDate.of(2027, 1, 3), Language.JA)).isEqualTo("1月3日(日)");
    }

    @Test
    void japanese_length_isDaysHoursMinutes() {
        assertThat(TimeText.length(Duration.ofMinutes(45), Language.JA)).isEqualTo("45分");
        assertThat(TimeText.length(Duration.ofHours(3).plusMinutes(30), Language.JA)).isEqualTo("3時間30分");
        assertThat(TimeText.length(Duration.ofDays(2).plusMinutes(5), Language.JA)).isEqualTo("2日0時間5分");
        assertThat(TimeText.length(Duration.ofMinutes(-5), Language.JA)).isEqualTo("0分");
    }
}
