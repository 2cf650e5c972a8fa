package dev.touban.domain.heartbeat;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Service;
import dev.touban.domain.escalation.EscalationPolicy;
import dev.touban.domain.heartbeat.HeartbeatMonitor.Decision;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.incident.IncidentStore.ResolveOutcome;
import dev.touban.domain.incident.IncidentStore.TriggerOutcome;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import dev.touban.domain.incident.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Carries out heartbeat decisions: a ping is recorded and, when its heartbeat had an incident
 * open, resolves it; the one-minute sweep asks {@link HeartbeatMonitor} and opens or resolves
 * incidents through the {@link IncidentDesk}, the same path as an Events API trigger, so a
 * missed heartbeat pages through its service's policy like any alert.
 */
public final class HeartbeatWatch {
    private final OncallConfig config;
    private final HeartbeatStore store;
    private final IncidentDesk desk;

    public HeartbeatWatch(OncallConfig config, HeartbeatStore store, IncidentDesk desk) {
        this.config = config;
        this.store = store;
        this.desk = desk;
    }

    /** What one ping did: the state after it, and the incident it resolved (or {@code null}). */
    public record Pinged(HeartbeatState state, Long resolved) {}

    /** Records a ping: one table write; a second only when the heartbeat's miss left an incident open. */
    public Pinged ping(Heartbeat heartbeat, Instant now) {
        HeartbeatState state = store.ping(heartbeat, now);
        if (state.openIncident() == null) {
            return new Pinged(state, null);
        }
        long number = state.openIncident();
        resolve(heartbeat, number, now);
        return new Pinged(state, number);
    }

    /** The sweep's part: opens incidents for missed heartbeats, resolves those pinged again; returns one line per action. */
    public List<String> sweep(Instant now) {
        List<Heartbeat> heartbeats = config.heartbeats();
        if (heartbeats.isEmpty()) {
            return List.of();
        }
        List<String> done = new ArrayList<>();
        for (Decision d : HeartbeatMonitor.check(heartbeats, store.all(), now)) {
            try {
                done.add(switch (d) {
                    case Decision.Open open -> open(open, now);
                    case Decision.Resolve r -> resolve(r.heartbeat(), r.incident(), now);
                });
            } catch (RuntimeException e) {
                // one heartbeat's failure must not keep the others (or the escalation sweep) from running
                Log.LOG.log(System.Logger.Level.WARNING, "heartbeat " + d.heartbeat().label() + " failed: " + e.getMessage(), e);
                done.add(d.heartbeat().label() + ": failed (" + e.getMessage() + ")");
            }
        }
        return done;
    }

    /** The stored state of every heartbeat pinged at least once. */
    public List<HeartbeatState> states() {
        return store.all();
    }

    /** When in (after, upTo] a sweep would find a heartbeat missed (the local runner fires the sweep then). */
    public List<Instant> missesBetween(Instant after, Instant upTo) {
        List<Heartbeat> heartbeats = config.heartbeats();
        return heartbeats.isEmpty() ? List.of() : HeartbeatMonitor.missesBetween(heartbeats, store.all(), after, upTo);
    }

    private String open(Decision.Open open, Instant now) {
        Heartbeat h = open.heartbeat();
        Optional<Service> service = config.service(h.serviceId());
        Optional<EscalationPolicy> policy = service.flatMap(s -> config.policy(s.policyId()));
        if (policy.isEmpty()) {
            return h.label() + ": missed, but its service or policy is gone from oncall.yaml";
        }
        String summary = "Heartbeat " + h.name() + " of " + service.get().name() + " missed: no ping since "
                + open.lastPingAt().truncatedTo(ChronoUnit.SECONDS) + " (expected every " + minutes(h.interval()) + ", " + minutes(h.grace()) + " grace)";
        Alert alert = Alert.simple(summary, "heartbeat " + h.name(), Severity.CRITICAL);
        TriggerOutcome outcome = desk.trigger(new NewIncident(h.serviceId(), h.dedupKey(), h.serviceId(),
                policy.get().teamId(), policy.get().id(), alert), now);
        long number = outcome.incident().number();
        store.opened(h, number);
        return h.label() + ": missed, incident #" + number + (outcome instanceof TriggerOutcome.Opened ? " opened" : " already open");
    }

    private String resolve(Heartbeat h, long number, Instant now) {
        ResolveOutcome outcome = desk.resolve(number, Actor.system("heartbeat " + h.name(), "heartbeat ping"), now);
        if (outcome instanceof ResolveOutcome.Resolved) {
            desk.note(number, TimelineEntry.of(now, TimelineEntry.Kind.NOTE, "heartbeat " + h.name(),
                    "pinged again at " + now.truncatedTo(ChronoUnit.SECONDS) + ": the monitor is alive, so the incident is resolved."));
        }
        store.cleared(h, number);
        return h.label() + ": pinged again, incident #" + number
                + (outcome instanceof ResolveOutcome.Resolved ? " resolved" : " was already resolved");
    }

    private static String minutes(Duration d) {
        return d.toMinutes() + " min";
    }

    /** Created on the first warning: starting java.util.logging costs a cold start that has nothing to report. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(HeartbeatWatch.class.getName());
    }
}
