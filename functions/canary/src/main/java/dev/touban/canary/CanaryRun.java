package dev.touban.canary;

import dev.touban.domain.canary.CanaryCheck;
import dev.touban.domain.canary.CanaryCheck.Verdict;
import dev.touban.domain.config.Service;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.IncidentStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One canary run. First the canary incidents still open: one whose first tier reached Slack
 * in time is acknowledged and resolved through the Events API, as monitoring would, and once
 * the table shows it resolved it counts as completed ({@link CanaryMetrics}); one delivered
 * late, or not at all within the bound, is resolved and logged, never counted. Then a new
 * canary incident is triggered through the Events API. A trigger the API does not accept
 * fails the run (after the checks), so Lambda's errors alarm speaks as well as the canary's.
 */
final class CanaryRun {
    private static final System.Logger LOG = System.getLogger(CanaryRun.class.getName());

    private final Service service;
    private final String routingKey;
    private final IncidentStore store;
    private final EventsApi api;
    private final Duration completeWithin;
    private final CanaryMetrics metrics;

    CanaryRun(Service service, String routingKey, IncidentStore store, EventsApi api, Duration completeWithin, CanaryMetrics metrics) {
        if (!service.canary()) {
            throw new IllegalStateException("service '" + service.id() + "' is not marked canary: true in oncall.yaml; the canary pages only such a service");
        }
        this.service = service;
        this.routingKey = routingKey;
        this.store = store;
        this.api = api;
        this.completeWithin = completeWithin;
        this.metrics = metrics;
    }

    Map<String, Object> run(CanaryEvent event, Instant now) {
        List<Map<String, Object>> checked = new ArrayList<>();
        for (Incident incident : store.open()) {
            if (incident.serviceId().equals(service.id())) {
                checked.add(check(CanaryCheck.judge(incident, store.timeline(incident.number()), now, completeWithin), now));
            }
        }
        String dedupKey = event.dedupKey();
        EventsApi.Answer trigger = api.send(event("trigger", dedupKey));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("service", service.id());
        result.put("checked", checked);
        result.put("triggered", dedupKey);
        if (!trigger.accepted()) {
            throw new IllegalStateException("the Events API did not accept the canary trigger " + dedupKey + ": " + trigger
                    + "; checked " + checked);
        }
        return result;
    }

    private Map<String, Object> check(Verdict verdict, Instant now) {
        long number = verdict.incident().number();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("incident", number);
        String dedupKey = verdict.incident().dedupKey();
        switch (verdict) {
            case Verdict.Delivered d -> {
                out.put("latencyMs", d.latency().toMillis());
                EventsApi.Answer ack = api.send(event("acknowledge", dedupKey));
                EventsApi.Answer resolve = api.send(event("resolve", dedupKey));
                boolean resolved = store.get(number).map(i -> i.status() == IncidentStatus.RESOLVED).orElse(false);
                if (ack.accepted() && resolve.accepted() && resolved) {
                    metrics.completed(now, number, d.latency());
                    out.put("verdict", "completed");
                } else {
                    LOG.log(System.Logger.Level.WARNING, "canary incident " + number + " was delivered, but acknowledge answered " + ack
                            + ", resolve " + resolve + ", and the table shows it " + (resolved ? "resolved" : "not resolved"));
                    out.put("verdict", "not-resolved");
                }
            }
            case Verdict.Late l -> {
                out.put("latencyMs", l.latency().toMillis());
                LOG.log(System.Logger.Level.WARNING, "canary incident " + number + " reached Slack " + l.latency().toMillis()
                        + " ms after its trigger, later than " + completeWithin + "; resolving it uncounted: " + api.send(event("resolve", dedupKey)));
                out.put("verdict", "late");
            }
            case Verdict.Undelivered u -> {
                LOG.log(System.Logger.Level.WARNING, "canary incident " + number + " has not reached Slack " + u.age().toSeconds()
                        + " s after its trigger (bound " + completeWithin + "); resolving it uncounted: " + api.send(event("resolve", dedupKey)));
                out.put("verdict", "undelivered");
            }
            case Verdict.Waiting w -> out.put("verdict", "waiting");
        }
        return out;
    }

    private Map<String, Object> event(String action, String dedupKey) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("routing_key", routingKey);
        event.put("event_action", action);
        event.put("dedup_key", dedupKey);
        if (action.equals("trigger")) {
            event.put("payload", Map.of("summary", "Touban canary: an end-to-end check; it acknowledges and resolves itself",
                    "source", "touban-canary", "severity", "info"));
        }
        return event;
    }
}
