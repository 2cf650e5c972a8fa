package dev.touban.domain.maintenance;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Service;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
        List<MaintenanceWindow> covering = new ArrayList<>(scheduled(serviceId, now));
        store.get(serviceId, now).filter(w -> w.covers(now)).ifPresent(covering::add);
        return covering.stream().max(Comparator.comparing(MaintenanceWindow::end));
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
        config.service(serviceId).ifPresent(s -> s.maintenance().forEach(m -> m.activeAt(serviceId, now).ifPresent(out::add)));
        return out;
    }
}
