package dev.touban.handoff;

import dev.touban.aws.http.Json;
import dev.touban.aws.notify.EventBus;
import dev.touban.aws.slack.SlackWebApi;
import dev.touban.domain.attendance.AttendanceStore;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.handoff.HandoffLedger;
import dev.touban.domain.handoff.HandoffLedger.State;
import dev.touban.domain.handoff.HandoffSweep;
import dev.touban.domain.handoff.HandoffSweep.OnDuty;
import dev.touban.domain.handoff.HandoffSweep.Plan;
import dev.touban.domain.handoff.ShiftRef;
import dev.touban.domain.incident.IncidentHistory;
import dev.touban.domain.rotation.OnCallLookup;
import dev.touban.domain.maintenance.Maintenance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of the handoff sweep, fired every minute: for every rotation of oncall.yaml, the
 * shift on duty now is handed off unless the ledger has it complete ({@link HandoffSweep}).
 * The roster is the only list of rotations, so a rotation added or removed takes effect with
 * the deploy that ships it, and a missed or failed run is made up by the next.
 *
 * <p>A run costs nothing while every shift on duty is known complete: this instance remembers
 * the completed shifts it has seen (a completed handoff stays complete), and otherwise one
 * batch read of the ledger covers every rotation. Rotations are handed off one by one, each
 * isolated from the others' failures; a run that left steps undone throws at the end, after
 * every rotation had its turn.
 */
public final class RotationHandoff {
    /** Handoffs begun per run at most; with every step slow (Slack timing out) these still fit the function's timeout. */
    static final int MAX_HANDOFFS_PER_RUN = 20;

    private final OncallConfig config;
    private final HandoffLedger ledger;
    private final ShiftHandoff shifts;
    private volatile Set<ShiftRef> knownComplete = Set.of();

    public RotationHandoff(OncallConfig config, OnCallLookup onCall, HandoffLedger ledger, AttendanceStore attendance,
            IncidentHistory incidents, SlackWebApi slack, SnsTopic topic, EventBus bus) {
        this(config, onCall, ledger, attendance, incidents, slack, topic, bus, null);
    }

    /** With the team's services in maintenance shown on each handoff post ({@code maintenance} null: not shown). */
    public RotationHandoff(OncallConfig config, OnCallLookup onCall, HandoffLedger ledger, AttendanceStore attendance,
            IncidentHistory incidents, SlackWebApi slack, SnsTopic topic, EventBus bus, Maintenance maintenance) {
        this.config = config;
        this.ledger = ledger;
        this.shifts = new ShiftHandoff(config, onCall, ledger, attendance, incidents, slack, topic, bus, maintenance);
    }

    /** Runs the sweep for {@code event} at {@code now}; the answer is the function's result. */
    public Map<String, Object> run(Map<String, Object> event, Instant now) {
        List<OnDuty> all = HandoffSweep.onDuty(config.teams(), now);
        List<OnDuty> inScope;
        Map<String, Object> result = new LinkedHashMap<>();
        try {
            HandoffEvent input = HandoffEvent.from(event);
            inScope = scope(input, all);
            input.scheduledTime().ifPresent(t -> result.put("scheduledTime", t.toString()));
        } catch (HandoffEventRejected e) {
            log("ERROR", Map.of("status", "rejected", "reason", e.getMessage()));
            throw e;
        }
        Map<ShiftRef, State> recorded = recorded(inScope);
        Plan plan = HandoffSweep.plan(inScope, recorded, MAX_HANDOFFS_PER_RUN);
        Set<ShiftRef> complete = new HashSet<>();
        recorded.forEach((ref, state) -> {
            if (state == State.COMPLETE) {
                complete.add(ref);
            }
        });
        List<Map<String, Object>> handoffs = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (OnDuty due : plan.handOff()) {
            try {
                ShiftHandoff.Outcome outcome = shifts.run(due, now);
                handoffs.add(with(outcome.detail(), "status", outcome.status()));
                if (outcome.complete()) {
                    complete.add(due.ref());
                }
                outcome.failures().forEach((step, reason) -> failures.add(name(due) + " " + step + " (" + reason + ")"));
            } catch (RuntimeException e) {
                // one rotation's trouble (a table error) must not keep the others from their handoffs
                handoffs.add(Map.of("team", due.team().id(), "rotation", due.rotation().id(), "status", "error",
                        "reason", e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage())));
                failures.add(name(due) + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            }
        }
        remember(all, complete);
        result.put("status", !failures.isEmpty() ? "steps-failed" : handoffs.isEmpty() ? "nothing-due" : "ok");
        result.put("rotations", inScope.size());
        if (!handoffs.isEmpty()) {
            result.put("handoffs", handoffs);
        }
        if (plan.deferred() > 0) {
            result.put("deferred", plan.deferred());
        }
        if (!handoffs.isEmpty() || plan.deferred() > 0) {
            log(failures.isEmpty() ? "INFO" : "ERROR", result);
        }
        if (!failures.isEmpty()) {
            String message = "handoff steps failed, retried by the next run: " + String.join("; ", failures);
            throw new HandoffStepsFailed(message.length() > 2000 ? message.substring(0, 2000) + "..." : message, result);
        }
        return result;
    }

    /** The rotations the event asks for: all of them, or the team or rotation it names, which must be in the roster. */
    private List<OnDuty> scope(HandoffEvent input, List<OnDuty> all) {
        if (input.teamId().isEmpty()) {
            return all;
        }
        String teamId = input.teamId().get();
        Team team = config.team(teamId).orElseThrow(() -> new HandoffEventRejected(
                "no team '" + teamId + "' in oncall.yaml: the event and the roster disagree"));
        input.rotationId().ifPresent(r -> {
            if (team.rotations().stream().noneMatch(rotation -> rotation.id().equals(r))) {
                throw new HandoffEventRejected("team '" + teamId + "' has no rotation '" + r + "' in oncall.yaml");
            }
        });
        List<OnDuty> chosen = new ArrayList<>();
        for (OnDuty d : all) {
            if (d.team().id().equals(teamId) && input.rotationId().map(r -> r.equals(d.rotation().id())).orElse(true)) {
                chosen.add(d);
            }
        }
        return chosen;
    }

    /** The ledger's state of each shift, reading only those this instance has not already seen complete. */
    private Map<ShiftRef, State> recorded(List<OnDuty> onDuty) {
        Set<ShiftRef> known = knownComplete;
        Map<ShiftRef, State> recorded = new HashMap<>();
        List<ShiftRef> unknown = new ArrayList<>();
        for (OnDuty d : onDuty) {
            if (known.contains(d.ref())) {
                recorded.put(d.ref(), State.COMPLETE);
            } else {
                unknown.add(d.ref());
            }
        }
        if (!unknown.isEmpty()) {
            recorded.putAll(ledger.recorded(unknown));
        }
        return recorded;
    }

    /** Keeps the completed shifts still on duty: bounded by the number of rotations. */
    private void remember(List<OnDuty> all, Set<ShiftRef> completeNow) {
        Set<ShiftRef> known = knownComplete;
        Set<ShiftRef> next = new HashSet<>();
        for (OnDuty d : all) {
            if (known.contains(d.ref()) || completeNow.contains(d.ref())) {
                next.add(d.ref());
            }
        }
        knownComplete = Set.copyOf(next);
    }

    private static String name(OnDuty due) {
        return due.team().id() + "/" + due.rotation().id();
    }

    private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(key, value);
        out.putAll(map);
        return out;
    }

    /** One line of JSON per run that did something, so CloudWatch shows each handoff and each failure. */
    private static void log(String level, Map<String, Object> result) {
        System.out.println(Json.write(Map.of("level", level, "handoff", result)));
    }
}
