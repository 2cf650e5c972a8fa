package dev.touban.domain.maintenance;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * A maintenance window written in oncall.yaml, in the team's time zone: once, from one local
 * date-time to another, or every week on a weekday from one local time to another (a window
 * whose end is not after its start ends the next day). A weekly window follows the wall clock
 * across DST changes, as people plan them.
 */
public sealed interface ScheduledMaintenance {
    String reason();

    /** The occurrence covering {@code now}, if any. */
    Optional<MaintenanceWindow> activeAt(String serviceId, Instant now);

    /** The next occurrence that ends after {@code now} (the covering one, or the next to start), if any. */
    Optional<MaintenanceWindow> nextAfter(String serviceId, Instant now);

    record Once(LocalDateTime from, LocalDateTime to, ZoneId zone, String reason) implements ScheduledMaintenance {
        @Override
        public Optional<MaintenanceWindow> activeAt(String serviceId, Instant now) {
            return nextAfter(serviceId, now).filter(w -> w.covers(now));
        }

        @Override
        public Optional<MaintenanceWindow> nextAfter(String serviceId, Instant now) {
            MaintenanceWindow w = new MaintenanceWindow(serviceId, from.atZone(zone).toInstant(), to.atZone(zone).toInstant(), reason,
                    MaintenanceWindow.SCHEDULED);
            return w.end().isAfter(now) ? Optional.of(w) : Optional.empty();
        }
    }

    record Weekly(DayOfWeek day, LocalTime from, LocalTime to, ZoneId zone, String reason) implements ScheduledMaintenance {
        @Override
        public Optional<MaintenanceWindow> activeAt(String serviceId, Instant now) {
            return nextAfter(serviceId, now).filter(w -> w.covers(now));
        }

        @Override
        public Optional<MaintenanceWindow> nextAfter(String serviceId, Instant now) {
            LocalDate today = now.atZone(zone).toLocalDate();
            // the occurrence that started in the last week, then the next one
            LocalDate last = today.with(TemporalAdjusters.previousOrSame(day));
            for (LocalDate start : new LocalDate[] {last.minusWeeks(1), last, last.plusWeeks(1)}) {
                MaintenanceWindow w = occurrence(serviceId, start);
                if (w.end().isAfter(now)) {
                    return Optional.of(w);
                }
            }
            return Optional.empty();
        }

        private MaintenanceWindow occurrence(String serviceId, LocalDate date) {
            ZonedDateTime start = date.atTime(from).atZone(zone);
            LocalDate endDate = to.isAfter(from) ? date : date.plusDays(1);
            ZonedDateTime end = endDate.atTime(to).atZone(zone);
            if (!end.isAfter(start)) {
                end = start.plus(Duration.ofMinutes(1));
            }
            return new MaintenanceWindow(serviceId, start.toInstant(), end.toInstant(), reason, MaintenanceWindow.SCHEDULED);
        }
    }
}
