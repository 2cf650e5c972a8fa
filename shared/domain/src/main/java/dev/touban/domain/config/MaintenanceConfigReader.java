package dev.touban.domain.config;

import dev.touban.domain.maintenance.ScheduledMaintenance;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a service's {@code maintenance} windows, in the time zone of the team its policy pages:
 * <pre>
 * maintenance:
 *   - weekly: { day: sunday, from: "02:00", to: "04:00" }   # to before from: ends the next day
 *     reason: OS patching
 *   - from: 2026-12-30T22:00
 *     to: 2026-12-31T02:00
 *     reason: database upgrade
 * </pre>
 */
final class MaintenanceConfigReader {
    private MaintenanceConfigReader() {}

    static List<ScheduledMaintenance> windows(ConfigNode service, ZoneId zone) {
        List<ScheduledMaintenance> windows = new ArrayList<>();
        for (ConfigNode w : service.optionalList("maintenance")) {
            String reason = w.has("reason") ? w.field("reason").text() : "scheduled maintenance";
            if (w.has("weekly") == w.has("from")) {
                throw w.fail("give either weekly: {day, from, to} or from and to (local date-times such as 2026-12-30T22:00)");
            }
            if (w.has("weekly")) {
                ConfigNode weekly = w.field("weekly");
                windows.add(new ScheduledMaintenance.Weekly(weekly.field("day").dayOfWeek(), weekly.field("from").time(),
                        weekly.field("to").time(), zone, reason));
                continue;
            }
            LocalDateTime from = dateTime(w.field("from"));
            ConfigNode toNode = w.field("to");
            LocalDateTime to = dateTime(toNode);
            if (!to.isAfter(from)) {
                throw toNode.fail("'" + toNode.text() + "' is not after from: a window ends after it starts");
            }
            windows.add(new ScheduledMaintenance.Once(from, to, zone, reason));
        }
        return windows;
    }

    private static LocalDateTime dateTime(ConfigNode node) {
        try {
            return LocalDateTime.parse(node.text());
        } catch (DateTimeParseException e) {
            throw node.fail("'" + node.text() + "' is not a local date-time such as 2026-12-30T22:00");
        }
    }
}
