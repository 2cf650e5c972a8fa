package dev.touban.handoff;

import dev.touban.aws.http.Json;
import dev.touban.aws.notify.EventBus;
import dev.touban.aws.slack.SlackWebApi;
import dev.touban.domain.attendance.AttendanceStore;
import dev.touban.domain.config.Layer;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.handoff.Handoff;
import dev.touban.domain.handoff.HandoffLedger;
import dev.touban.domain.handoff.HandoffLedger.Claim;
import dev.touban.domain.handoff.HandoffLedger.ShiftRecord;
import dev.touban.domain.handoff.HandoffPlanner;
import dev.touban.domain.incident.IncidentHistory;
import dev.touban.domain.rotation.OnCallLookup;
import dev.touban.domain.rotation.Rotation;
import dev.touban.domain.rotation.Shift;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One scheduled firing of a rotation's handoff: decide whether a shift starts, claim it in
 * the ledger (a repeated delivery does nothing), then post to Slack, move the user group,
 * publish to SNS and put {@code OnCallShiftStarted} on EventBridge, recording each step.
 *
 * <p>A Slack failure is recorded, logged and reported in the result; the SNS and
 * EventBridge steps go on. An SNS or EventBridge failure releases the claim and throws, so
 * the Scheduler's retry resumes with the steps not yet done (Slack is not posted twice).
 */
public final class RotationHandoff {
    static final Duration LEASE = Duration.ofMinutes(5);
    public static final String DETAIL_TYPE = "OnCallShiftStarted";

    private final OncallConfig config;
    private final OnCallLookup onCall;
    private final HandoffLedger ledger;
    private final AttendanceStore attendance;
    private final IncidentHistory incidents;
    private final SlackWebApi slack;
    private final SnsTopic topic;
    private final EventBus bus;

    public RotationHandoff(OncallConfig config, OnCallLookup onCall, HandoffLedger ledger, AttendanceStore attendance,
            IncidentHistory incidents, SlackWebApi slack, SnsTopic topic, EventBus bus) {
        this.config = config;
        this.onCall = onCall;
        this.ledger = ledger;
        this.attendance = attendance;
        this.incidents = incidents;
        this.slack = slack;
        this.topic = topic;
        this.bus = bus;
    }

    /** Runs the handoff for {@code event} at {@code now}; the answer is the function's result. */
    public Map<String, Object> run(Map<String, Object> event, Instant now) {
        HandoffEvent input;
        try {
            input = HandoffEvent.from(event);
        } catch (HandoffEvent.Rejected e) {
            return log(result("rejected", null, null).with("reason", e.getMessage()).map);
        }
        Optional<Team> team = config.team(input.teamId());
        if (team.isEmpty()) {
            return log(result("rejected", input.teamId(), input.rotationId()).with("reason",
                    "no team '" + input.teamId() + "' in oncall.yaml; the schedule and the roster disagree").map);
        }
        Optional<Rotation> rotation = team.get().rotations().stream().filter(r -> r.id().equals(input.rotationId())).findFirst();
        if (rotation.isEmpty()) {
            return log(result("rejected", input.teamId(), input.rotationId()).with("reason",
                    "team '" + input.teamId() + "' has no rotation '" + input.rotationId() + "' in oncall.yaml").map);
        }
        Instant firedFor = input.scheduledTime().orElse(now);
        Optional<Handoff> due = HandoffPlanner.due(team.get(), rotation.get(), firedFor, onCall);
        if (due.isEmpty()) {
            return log(result("not-due", input.teamId(), input.rotationId()).with("scheduledTime", firedFor.toString())
                    .with("reason", "no shift of " + input.rotationId() + " starts at " + firedFor).map);
        }
        return log(handOff(due.get(), now));
    }

    private Map<String, Object> handOff(Handoff handoff, Instant now) {
        Team team = handoff.team();
        Shift current = handoff.onNow().get(handoff.rotation().layer());
        ShiftRecord record = new ShiftRecord(handoff.rotation().id(), handoff.starting().index(), handoff.starting().start(),
                handoff.starting().end(), handoff.starting().memberId(), current.memberId());
        Map<String, Object> shift = new LinkedHashMap<>();
        shift.put("index", record.index());
        shift.put("start", record.start().toString());
        shift.put("end", record.end().toString());
        shift.put("memberId", record.memberId());
        shift.put("scheduledMemberId", record.scheduledMemberId());
        Result result = result("handed-off", team.id(), handoff.rotation().id()).with("shift", shift);
        Claim claim = ledger.claim(team.id(), handoff.shiftKey(), record, now, now.plus(LEASE));
        switch (claim) {
            case Claim.AlreadyDone done -> {
                return result.status("duplicate").with("completedAt", done.completedAt().toString()).map;
            }
            case Claim.Busy busy -> {
                return result.status("in-progress").with("leaseUntil", busy.leaseUntil().toString()).map;
            }
            case Claim.Claimed claimed -> {
                return runSteps(handoff, claimed.doneSteps(), result, now);
            }
        }
    }

    private Map<String, Object> runSteps(Handoff handoff, Map<String, String> done, Result result, Instant now) {
        Team team = handoff.team();
        HandoffReport report = report(handoff);
        Map<String, String> steps = new LinkedHashMap<>(done);
        String key = handoff.shiftKey();
        if (team.slackChannel() != null) {
            step(team, key, steps, "slackMessage", false, () -> "ok:" + slack.postMessage(team.slackChannel(), report.slackText(), report.slackBlocks()));
        }
        if (handoff.rotation().layer() == Layer.PRIMARY && team.slackUserGroup() != null) {
            step(team, key, steps, "slackUserGroup", false, () -> {
                slack.setUserGroupUsers(team.slackUserGroup(), List.of(report.slackId(report.current().memberId())));
                return "ok";
            });
        }
        try {
            step(team, key, steps, "sns", true, () -> "ok:" + topic.publish(report.title(), report.plainText(), Map.of(
                    "team", team.id(), "rotation", handoff.rotation().id(), "eventType", DETAIL_TYPE)));
            step(team, key, steps, "eventBridge", true, () -> "ok:" + bus.put(DETAIL_TYPE, json(report.eventDetail())));
        } catch (RuntimeException e) {
            ledger.release(team.id(), key, now);
            log(result.with("steps", steps).with("status", "retrying").map);
            throw e;
        }
        ledger.complete(team.id(), key, now);
        boolean slackFailed = steps.entrySet().stream().anyMatch(s -> s.getKey().startsWith("slack") && !s.getValue().startsWith("ok"));
        return result.with("steps", steps).with("slackFailed", slackFailed).with("resumed", !done.isEmpty()).map;
    }

    /** Runs a step unless an earlier run recorded it; a failing step is recorded as such unless {@code mustSucceed}. */
    private void step(Team team, String key, Map<String, String> steps, String name, boolean mustSucceed, Supplier<String> action) {
        if (steps.containsKey(name)) {
            return;
        }
        String outcome;
        try {
            outcome = action.get();
        } catch (RuntimeException e) {
            if (mustSucceed) {
                System.out.println("{\"level\":\"ERROR\",\"step\":\"" + name + "\",\"team\":\"" + team.id() + "\",\"error\":"
                        + quote(e.getClass().getSimpleName() + ": " + e.getMessage()) + "}");
                throw e;
            }
            outcome = "failed: " + e.getMessage();
        }
        ledger.stepDone(team.id(), key, name, outcome);
        steps.put(name, outcome);
    }

    private HandoffReport report(Handoff handoff) {
        Optional<Shift> previous = handoff.previous();
        return new HandoffReport(config, handoff,
                previous.map(p -> incidents.openedBetween(handoff.team().id(), p.start(), p.end())).orElse(List.of()),
                previous.map(p -> attendance.attendance(handoff.team().id(), p.start(), p.end())).orElse(List.of()));
    }

    private static Result result(String status, String team, String rotation) {
        Result r = new Result(new LinkedHashMap<>());
        r.map.put("status", status);
        if (team != null) {
            r.map.put("team", team);
        }
        if (rotation != null) {
            r.map.put("rotation", rotation);
        }
        return r;
    }

    /** One line of JSON per run, so CloudWatch shows each handoff and any Slack failure. */
    private static Map<String, Object> log(Map<String, Object> result) {
        System.out.println(json(Map.of("level", Boolean.TRUE.equals(result.get("slackFailed")) ? "WARN" : "INFO", "handoff", result)));
        return result;
    }

    private static String json(Object value) {
        return Json.write(value);
    }

    private static String quote(String s) {
        return json(s);
    }

    private record Result(Map<String, Object> map) {
        Result with(String key, Object value) {
            map.put(key, value);
            return this;
        }

        Result status(String status) {
            return with("status", status);
        }
    }
}
