package dev.touban.canary;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Service;
import dev.touban.domain.escalation.EscalationPolicy;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.IncidentStore;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Events API as the intake answers it, acting on the same table: a trigger opens (or
 * repeats) the service's incident, acknowledge and resolve act on its open one. The local
 * runner's test puts the real intake behind the real URL; this keeps the canary's own tests
 * to the canary. {@code refuse} makes it answer one action with an error status.
 */
final class IntakeStandIn implements EventsApi {
    final List<Map<String, Object>> events = new CopyOnWriteArrayList<>();
    private final OncallConfig config;
    private final IncidentStore store;
    private final Clock clock;
    private String refusedAction;
    private int refusedStatus;

    IntakeStandIn(OncallConfig config, IncidentStore store, Clock clock) {
        this.config = config;
        this.store = store;
        this.clock = clock;
    }

    IntakeStandIn refuse(String action, int status) {
        this.refusedAction = action;
        this.refusedStatus = status;
        return this;
    }

    List<String> actions() {
        return events.stream().map(e -> e.get("event_action") + " " + e.get("dedup_key")).toList();
    }

    @Override
    public Answer send(Map<String, Object> event) {
        events.add(event);
        String action = (String) event.get("event_action");
        if (action.equals(refusedAction)) {
            return new Answer(refusedStatus, "{\"status\":\"refused\"}");
        }
        Service service = config.serviceByRoutingKey((String) event.get("routing_key")).orElse(null);
        if (service == null) {
            return new Answer(400, "{\"errors\":[\"unknown routing key\"]}");
        }
        String dedup = (String) event.get("dedup_key");
        switch (action) {
            case "trigger" -> {
                EscalationPolicy policy = config.policy(service.policyId()).orElseThrow();
                store.trigger(new NewIncident(service.id(), dedup, service.id(), policy.teamId(), policy.id(),
                        Alert.simple("canary", "touban-canary", Severity.INFO)), clock.instant());
            }
            case "acknowledge" -> store.openByDedup(service.id(), dedup).ifPresent(i -> store.acknowledge(i.number(), Actor.system("touban-canary", "events-api"), clock.instant()));
            case "resolve" -> store.openByDedup(service.id(), dedup).ifPresent(i -> store.resolve(i.number(), Actor.system("touban-canary", "events-api"), clock.instant()));
            default -> {
                return new Answer(400, "{\"errors\":[\"unknown event_action\"]}");
            }
        }
        return new Answer(202, "{\"status\":\"success\"}");
    }
}
