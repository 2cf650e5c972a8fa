package dev.touban.domain.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.domain.config.ConfigException;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ScheduledMaintenanceTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void weekly_acrossMidnight_coversSaturdayNightIntoSunday_inTheTeamsZone() {
        var w = new ScheduledMaintenance.Weekly(DayOfWeek.SATURDAY, LocalTime.of(23, 0), LocalTime.of(1, 0), TOKYO, "patching");

        assertThat(w.activeAt("web", Instant.parse("2026-11-28T14:30:00Z"))).map(MaintenanceWindow::end)
                .contains(Instant.parse("2026-11-28T16:00:00Z"));
        assertThat(w.activeAt("web", Instant.parse("2026-11-28T16:00:00Z"))).as("the end is not inside").isEmpty();
        assertThat(w.activeAt("web", Instant.parse("2026-11-28T13:59:59Z"))).isEmpty();
        assertThat(w.nextAfter("web", Instant.parse("2026-11-28T16:00:00Z"))).map(MaintenanceWindow::start)
                .contains(Instant.parse("2026-12-05T14:00:00Z"));
    }

    @Test
    void weekly_followsTheWallClock_acrossADstChange() {
        var w = new ScheduledMaintenance.Weekly(DayOfWeek.SUNDAY, LocalTime.of(4, 0), LocalTime.of(5, 0), NEW_YORK, "patching");

        // 1 Nov 2026: New York leaves DST at 02:00; 04:00 local is 09:00Z that day, 08:00Z the week before
        assertThat(w.activeAt("web", Instant.parse("2026-11-01T09:30:00Z"))).isPresent();
        assertThat(w.activeAt("web", Instant.parse("2026-10-25T08:30:00Z"))).isPresent();
        assertThat(w.activeAt("web", Instant.parse("2026-11-01T08:30:00Z"))).isEmpty();
    }

    @Test
    void once_coversItsRange_only() {
        var once = new ScheduledMaintenance.Once(LocalDateTime.parse("2026-12-30T22:00"), LocalDateTime.parse("2026-12-31T02:00"), TOKYO, "db");

        assertThat(once.activeAt("web", Instant.parse("2026-12-30T13:00:00Z"))).map(MaintenanceWindow::scheduled).contains(true);
        assertThat(once.activeAt("web", Instant.parse("2026-12-30T17:00:00Z"))).isEmpty();
        assertThat(once.nextAfter("web", Instant.parse("2026-12-31T00:00:00Z"))).isEmpty();
    }

    @Test
    void oncallYaml_readsWindowsInTheTeamsZone_andNamesBadFields() {
        String yaml = example().replace("    cloudwatchAlarms: [web-]", """
                    cloudwatchAlarms: [web-]
                    maintenance:
                      - weekly: { day: sunday, from: "02:00", to: "04:00" }
                        reason: OS patching
                      - from: 2026-12-30T22:00
                        to: 2026-12-31T02:00
                """);
        OncallConfig config = ConfigLoader.parse("oncall.yaml", yaml);

        assertThat(config.service("web").orElseThrow().maintenance()).containsExactly(
                new ScheduledMaintenance.Weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 0), LocalTime.of(4, 0), TOKYO, "OS patching"),
                new ScheduledMaintenance.Once(LocalDateTime.parse("2026-12-30T22:00"), LocalDateTime.parse("2026-12-31T02:00"), TOKYO,
                        "scheduled maintenance"));
        assertThatThrownBy(() -> ConfigLoader.parse("oncall.yaml", yaml.replace("to: 2026-12-31T02:00", "to: 2026-12-30T21:00")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEqualTo("services[0].maintenance[1].to"));
        assertThatThrownBy(() -> ConfigLoader.parse("oncall.yaml", yaml.replace("from: 2026-12-30T22:00", "from: tomorrow")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problem()).contains("not a local date-time"));
        assertThatThrownBy(() -> ConfigLoader.parse("oncall.yaml", yaml.replace("day: sunday", "day: someday")))
                .isInstanceOf(ConfigException.class);
    }

    private static String example() {
        try {
            return Files.readString(Path.of(System.getProperty("touban.repo.root"), "config/oncall.example.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
