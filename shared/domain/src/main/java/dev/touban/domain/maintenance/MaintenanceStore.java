package dev.touban.domain.maintenance;

import java.time.Instant;
import java.util.Optional;

/** Windows started from Slack: at most one per service, replaced by the next. */
public interface MaintenanceStore {

    /** The service's stored window, if one has not ended. */
    Optional<MaintenanceWindow> get(String serviceId, Instant now);

    void put(MaintenanceWindow window);

    /** Ends the service's stored window at {@code now}; the window as it was, or empty when none was running. */
    Optional<MaintenanceWindow> end(String serviceId, Instant now);
}
