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
import dev.touban.domain.handoff.HandoffSweep.OnDuty;
import dev.touban.domain.handoff.ShiftRef;
import dev.touban.domain.incident.IncidentHistory;
import dev.touban.domain.rotation.OnCallLookup;
import dev.touban.domain.rotation.Shift;
import dev.touban.domain.maintenance.Maintenance;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One rotation's handoff of its shift on duty: claim it in the ledger (a shift found done or
 * held by another run is left alone), then publish to SNS, put {@code OnCallShiftStarted} on
 * EventBridge, post to the team's channel and move {@code @oncall} (primary only), skipping
 * what an earlier run did. A step that fails is recorded as a failure and left for the next
 * run while the other steps go on; the SNS and EventBridge steps go first, so a slow Slack
 * never holds up the announcements that do not go through it.
 */
final class ShiftHandoff {
    /**
     * How long a claim is held. Longer than the function's 60-second timeout, so a live run always
     * holds its claims; shorter than Lambda's retries (one and three minutes after a failed run)
     * and than two sweeps, so a run that died is taken over by the second sweep after it.
     */
    static final Duration LEASE = Duration.ofSeconds(90);
    static final String DETAIL_TYPE = "OnCallShiftStarted";

    private final OncallConfig config;
    private final OnCallLookup onCall;
    private final HandoffLedger ledger;
    private final AttendanceStore attendance;
    private final IncidentHistory incidents;
    private final SlackWebApi slack;
    private final SnsTopic topic;
    private final EventBus bus;
    private final Maintenance maintenance;

    ShiftHandoff(OncallConfig config, OnCallLookup onCall, HandoffLedger ledger, AttendanceStore attendance,
            IncidentHistory incidents, SlackWebApi slack, SnsTopic topic, EventBus bus, Maintenance maintenance) {
        this.maintenance = maintenance;
        this.config = config;
        this.onCall = onCall;
        this.ledger = ledger;
        this.attendance = attendance;
        this.incidents = incidents;
        this.slack = slack;
        this.topic = topic;
        this.bus = bus;
    }

    /** What one handoff came to: its status, the steps done so far and the failures of this run. */
    record Outcome(String status, Map<String, Object> detail, Map<String, String> failures) {
        boolean complete() {
            return status.equals("handed-off") || status.equals("resumed") || status.equals("done-earlier");
        }
    }

    Outcome run(OnDuty due, Instant now) {
        Handoff handoff = HandoffPlanner.handoff(due.team(), due.rotation(), due.shift(), now, onCall);
        HandoffReport report = report(handoff);
        ShiftRef ref = handoff.ref();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("team", ref.teamId());
        detail.put("rotation", ref.rotationId());
        detail.put("shift", shift(handoff));
        Claim claim = ledger.claim(new ShiftRecord(ref, handoff.starting().index(), handoff.starting().end(),
                handoff.current().memberId()), now, now.plus(LEASE));
        return switch (claim) {
            case Claim.AlreadyDone done -> new Outcome("done-earlier", with(detail, "completedAt", done.completedAt().toString()), Map.of());
            case Claim.Busy busy -> new Outcome("busy", with(detail, "leaseUntil", busy.leaseUntil().toString()), Map.of());
            case Claim.Claimed claimed -> steps(handoff, report, claimed.doneSteps(), detail, now);
        };
    }

    private Outcome steps(Handoff handoff, HandoffReport report, Map<String, String> doneBefore, Map<String, Object> detail, Instant now) {
        Team team = handoff.team();
        ShiftRef ref = handoff.ref();
        Map<String, String> done = new LinkedHashMap<>(doneBefore);
        Map<String, String> failed = new LinkedHashMap<>();
        step(ref, "sns", done, failed, () -> "ok:" + topic.publish(report.subject(), report.plainText(), Map.of(
                "team", team.id(), "rotation", handoff.rotation().id(), "eventType", DETAIL_TYPE)));
        step(ref, "eventBridge", done, failed, () -> "ok:" + bus.put(DETAIL_TYPE, Json.write(report.eventDetail())));
        if (team.slackChannel() != null) {
            step(ref, "slackMessage", done, failed, () -> "ok:" + slack.postMessage(team.slackChannel(), report.slackText(), report.slackBlocks()));
        }
        if (handoff.rotation().layer() == Layer.PRIMARY && team.slackUserGroup() != null) {
            step(ref, "slackUserGroup", done, failed, () -> {
                slack.setUserGroupUsers(team.slackUserGroup(), List.of(report.slackId(handoff.current().memberId())));
                return "ok";
            });
        }
        detail.put("steps", done);
        if (!failed.isEmpty()) {
            ledger.release(ref, now);
            detail.put("failures", failed);
            return new Outcome("steps-failed", detail, failed);
        }
        ledger.complete(ref, now);
        return new Outcome(doneBefore.isEmpty() ? "handed-off" : "resumed", detail, Map.of());
    }

    /** Runs a step unless an earlier run did it; a failure is recorded as such, never as done. */
    private void step(ShiftRef ref, String name, Map<String, String> done, Map<String, String> failed, Supplier<String> action) {
        if (done.containsKey(name)) {
            return;
        }
        String outcome;
        try {
            outcome = action.get();
        } catch (RuntimeException e) {
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            reason = reason.length() > 300 ? reason.substring(0, 300) + "..." : reason;
            ledger.stepFailed(ref, name, reason);
            failed.put(name, reason);
            return;
        }
        ledger.stepDone(ref, name, outcome);
        done.put(name, outcome);
    }

    private HandoffReport report(Handoff handoff) {
        Optional<Shift> previous = handoff.previous();
        String teamId = handoff.team().id();
        return new HandoffReport(config, handoff,
                previous.map(p -> incidents.openedBetween(teamId, p.start(), p.end())).orElse(List.of()),
                previous.map(p -> handoff.lastShiftAttendance(attendance.attendance(teamId, p.start(), p.end()))).orElse(List.of()),
                maintenance == null ? List.of() : maintenance.activeAll(handoff.starting().start()).stream()
                        .filter(w -> config.service(w.serviceId()).flatMap(s -> config.policy(s.policyId()))
                                .map(p -> p.teamId().equals(teamId)).orElse(false))
                        .toList());
    }

    private static Map<String, Object> shift(Handoff handoff) {
        Map<String, Object> shift = new LinkedHashMap<>();
        shift.put("index", handoff.starting().index());
        shift.put("start", handoff.starting().start().toString());
        shift.put("end", handoff.starting().end().toString());
        shift.put("memberId", handoff.current().memberId());
        shift.put("scheduledMemberId", handoff.starting().memberId());
        return shift;
    }

    private static Map<String, Object> with(Map<String, Object> detail, String key, Object value) {
        detail.put(key, value);
        return detail;
    }
}
