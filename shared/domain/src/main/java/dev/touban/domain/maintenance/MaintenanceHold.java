package dev.touban.domain.maintenance;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.escalation.PagingHold;
import dev.touban.domain.incident.Incident;
import java.time.Instant;
import java.util.Optional;

/** Holds the pages of a service's incidents while the service is in maintenance, until the window ends. */
public final class MaintenanceHold implements PagingHold {
    private final OncallConfig config;
    private final Maintenance maintenance;

    public MaintenanceHold(OncallConfig config, Maintenance maintenance) {
        this.config = config;
        this.maintenance = maintenance;
    }

    @Override
    public Optional<Held> at(Incident incident, Instant now) {
        Optional<MaintenanceWindow> w = maintenance.active(incident.serviceId(), now);
        return w.isEmpty() ? Optional.empty() : Optional.of(new Held(w.get().end(), describe(w.get())));
    }

    private String describe(MaintenanceWindow w) {
        String service = config.service(w.serviceId()).map(s -> s.name()).orElse(w.serviceId());
        return service + " is in maintenance until " + w.end().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " (" + w.reason()
                + (w.scheduled() ? ", scheduled in oncall.yaml" : ", started by " + config.displayName(w.by())) + ")";
    }
}
