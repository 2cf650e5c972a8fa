package dev.touban.escalation;

import dev.touban.domain.escalation.Escalator;
import dev.touban.domain.escalation.StepCause;
import dev.touban.domain.escalation.StepPlan;
import dev.touban.domain.heartbeat.HeartbeatWatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads what woke the step function and runs it through the {@link Escalator}:
 * <ul>
 * <li>a one-time schedule's input {@code {"incident":42,"step":3}};</li>
 * <li>an EventBridge {@code EscalationStepDue} event (a new incident's first tier, escalate-now);</li>
 * <li>the sweep's input {@code {"sweep":true}}, every minute: overdue steps, then heartbeats
 * (a missed one opens an incident, one pinged again resolves it).</li>
 * </ul>
 * Anything else is refused with a clear error (the invocation fails into the dead-letter queue).
 */
public final class EscalationStep {
    public static final String STEP_DUE = "EscalationStepDue";

    private final Escalator escalator;
    private final SweepHeartbeat heartbeat;
    private final Supplier<HeartbeatWatch> heartbeats;

    public EscalationStep(Escalator escalator) {
        this(escalator, SweepHeartbeat.fromEnvironment(System.getenv()));
    }

    public EscalationStep(Escalator escalator, SweepHeartbeat heartbeat) {
        this(escalator, heartbeat, null);
    }

    /** With the monitors' heartbeats checked by each sweep ({@code heartbeats} null: none checked). */
    public EscalationStep(Escalator escalator, SweepHeartbeat heartbeat, Supplier<HeartbeatWatch> heartbeats) {
        this.escalator = escalator;
        this.heartbeat = heartbeat;
        this.heartbeats = heartbeats;
    }

    /** Runs what {@code input} asks for and reports each step's outcome. */
    public Map<String, Object> run(Map<String, Object> input, Instant now) {
        if (Boolean.TRUE.equals(input.get("sweep"))) {
            List<Map<String, Object>> steps = new ArrayList<>();
            for (Escalator.Outcome o : escalator.sweep(now)) {
                steps.add(report(o));
            }
            List<String> monitors = heartbeats == null ? List.of() : heartbeats.get().sweep(now);
            heartbeat.sweepCompleted(now, steps.size());
            return monitors.isEmpty() ? Map.of("sweep", steps) : Map.of("sweep", steps, "heartbeats", monitors);
        }
        if (input.containsKey("detail-type")) {
            if (!STEP_DUE.equals(input.get("detail-type")) || !(input.get("detail") instanceof Map<?, ?> detail)) {
                throw new IllegalArgumentException("unexpected EventBridge event '" + input.get("detail-type") + "': only " + STEP_DUE + " runs a step");
            }
            return report(escalator.run(number(detail, "incident"), (int) number(detail, "step"), StepCause.NOW, now));
        }
        if (input.containsKey("incident")) {
            return report(escalator.run(number(input, "incident"), (int) number(input, "step"), StepCause.SCHEDULE, now));
        }
        throw new IllegalArgumentException("not an escalation step: expected {\"incident\":n,\"step\":s}, an " + STEP_DUE
                + " event, or {\"sweep\":true}; got keys " + input.keySet());
    }

    private static Map<String, Object> report(Escalator.Outcome o) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("incident", o.incident());
        out.put("step", o.step());
        out.put("outcome", outcome(o));
        return out;
    }

    private static String outcome(Escalator.Outcome o) {
        if (!(o.plan() instanceof StepPlan.Skip skip)) {
            return "paged";
        }
        return switch (skip.reason()) {
            case RESUMED -> "resumed: " + o.sent() + (o.sent() == 1 ? " page" : " pages");
            case FAILED -> "failed: see the log";
            default -> "skipped: " + skip.reason().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static long number(Map<?, ?> map, String name) {
        Object value = map.get(name);
        if (value instanceof Number n && n.longValue() >= 0 && n.doubleValue() == n.longValue()) {
            return n.longValue();
        }
        throw new IllegalArgumentException("'" + name + "' must be a whole number, not " + value);
    }
}
