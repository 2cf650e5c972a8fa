package dev.touban.domain.heartbeat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, from the configured heartbeats, their stored states and {@code now} alone, which
 * heartbeats need an incident opened and which opened incidents can be resolved. No I/O.
 *
 * <p>Rules: a heartbeat never pinged is {@link Status#WAITING} and opens nothing (there is no
 * time to count from; it shows as waiting in {@code /oncall heartbeats}). One pinged within
 * its interval is {@link Status#HEALTHY}, within interval plus grace {@link Status#LATE}, and
 * after that {@link Status#MISSED}: a missed heartbeat with no incident remembered opens one
 * (deduplicated by {@link Heartbeat#dedupKey()}, so a retry repeats rather than doubles it).
 * A heartbeat pinged again in time whose incident is still remembered resolves it (the ping
 * normally resolves it itself; this covers a ping whose resolve failed).
 */
public final class HeartbeatMonitor {
    private HeartbeatMonitor() {}

    public enum Status {
        WAITING,
        HEALTHY,
        LATE,
        MISSED
    }

    /** What the sweep should do about one heartbeat. */
    public sealed interface Decision {
        Heartbeat heartbeat();

        /** Open an incident: nothing arrived since {@code lastPingAt}, due by {@code dueBy}. */
        record Open(Heartbeat heartbeat, Instant lastPingAt, Instant dueBy) implements Decision {}

        record Resolve(Heartbeat heartbeat, long incident) implements Decision {}
    }

    public static Status status(Heartbeat heartbeat, HeartbeatState state, Instant now) {
        if (state == null || state.lastPingAt() == null) {
            return Status.WAITING;
        }
        if (!now.isAfter(state.lastPingAt().plus(heartbeat.interval()))) {
            return Status.HEALTHY;
        }
        return now.isAfter(state.lastPingAt().plus(heartbeat.allowed())) ? Status.MISSED : Status.LATE;
    }

    public static List<Decision> check(List<Heartbeat> heartbeats, List<HeartbeatState> states, Instant now) {
        Map<String, HeartbeatState> byLabel = new HashMap<>();
        for (HeartbeatState s : states) {
            byLabel.put(s.serviceId() + "/" + s.name(), s);
        }
        List<Decision> decisions = new ArrayList<>();
        for (Heartbeat h : heartbeats) {
            HeartbeatState state = byLabel.get(h.label());
            Status status = status(h, state, now);
            if (status == Status.MISSED && state.openIncident() == null) {
                decisions.add(new Decision.Open(h, state.lastPingAt(), state.lastPingAt().plus(h.allowed())));
            } else if ((status == Status.HEALTHY || status == Status.LATE) && state.openIncident() != null) {
                decisions.add(new Decision.Resolve(h, state.openIncident()));
            }
        }
        return List.copyOf(decisions);
    }

    /** The instants in (after, upTo] at which a heartbeat turns missed: when a sweep would find work (the local runner's wake-ups). */
    public static List<Instant> missesBetween(List<Heartbeat> heartbeats, List<HeartbeatState> states, Instant after, Instant upTo) {
        List<Instant> out = new ArrayList<>();
        for (HeartbeatState s : states) {
            for (Heartbeat h : heartbeats) {
                if (h.serviceId().equals(s.serviceId()) && h.name().equals(s.name()) && s.lastPingAt() != null && s.openIncident() == null) {
                    // the first whole minute after the deadline: the one-minute sweep's granularity
                    Instant missed = s.lastPingAt().plus(h.allowed()).plusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
                    if (missed.isAfter(after) && !missed.isAfter(upTo)) {
                        out.add(missed);
                    }
                }
            }
        }
        return out;
    }
}
