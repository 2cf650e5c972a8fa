package dev.touban.domain.maintenance;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Service;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a service is in maintenance: a window of oncall.yaml covering the instant, or one
 * started from Slack and not ended. When several cover it, the one that ends last counts,
 * so paging resumes only when no window is left.
 */
public final class Maintenance {
    private final OncallConfig config;
    private final MaintenanceStore store;

    public Maintenance(OncallConfig config, MaintenanceStore store) {
        this.config = config;
        this.store = store;
    }

    public MaintenanceStore store() {
        return store;
    }

    /** The window holding the service's pages at {@code now}: one GetItem when oncall.yaml has none covering it. */
    public Optional<MaintenanceWindow> active(String serviceId, Instant now) {
        if (serviceId == null) {
            return Optional.empty();
        }
        // loops rather than a stream and lambdas: every trigger and every step asks this at cold start
        MaintenanceWindow latest = null;
        for (MaintenanceWindow w : scheduled(serviceId, now)) {
            latest = later(latest, w);
        }
        Optional<MaintenanceWindow> started = store.get(serviceId, now);
        if (started.isPresent() && started.get().covers(now)) {
            latest = later(latest, started.get());
        }
        return Optional.ofNullable(latest);
    }

    /** The window that ends last; the first of two that end together. */
    private static MaintenanceWindow later(MaintenanceWindow latest, MaintenanceWindow w) {
        return latest == null || w.end().compareTo(latest.end()) > 0 ? w : latest;
    }

    /** Every service's window covering {@code now}, in the order of oncall.yaml (for handoffs and the schedule page): a GetItem per service. */
    public List<MaintenanceWindow> activeAll(Instant now) {
        List<MaintenanceWindow> out = new ArrayList<>();
        for (Service s : config.services()) {
            active(s.id(), now).ifPresent(out::add);
        }
        return out;
    }

    private List<MaintenanceWindow> scheduled(String serviceId, Instant now) {
        List<MaintenanceWindow> out = new ArrayList<>();
        Optional<Service> service = config.service(serviceId);
        if (service.isEmpty()) {
            return out;
        }
        for (ScheduledMaintenance m : service.get().maintenance()) {
            Optional<MaintenanceWindow> w = m.activeAt(serviceId, now);
            if (w.isPresent()) {
                out.add(w.get());
            }
        }
        return out;
    }
}
