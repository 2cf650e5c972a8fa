package dev.touban.domain.maintenance;

import java.time.Instant;

/**
 * A time in which a service's alerts page nobody: [{@code start}, {@code end}). Incidents still
 * open (suppressed or paused) at {@code end} are paged then. {@code by} is the member who
 * started it from Slack, or {@link #SCHEDULED} for a window of oncall.yaml; {@code reason} is
 * what they said (text from Slack: escape it where it is shown).
 */
public record MaintenanceWindow(String serviceId, Instant start, Instant end, String reason, String by) {
    public static final String SCHEDULED = "oncall.yaml";

    public MaintenanceWindow {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a maintenance window ends after it starts");
        }
    }

    public boolean covers(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    public boolean scheduled() {
        return SCHEDULED.equals(by);
    }
}
