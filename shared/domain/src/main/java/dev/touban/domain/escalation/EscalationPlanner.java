package dev.touban.domain.escalation;

import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * Decides, from an incident's stored state and {@code now} alone, whether a delivery of
 * step {@code s} should page, and what the incident's next step will be. No I/O: the
 * caller fences the decision with a conditional write on the version it read.
 *
 * <p>Rules: only a triggered incident escalates; a delivery runs only the incident's
 * current {@code nextStep} (any other step is stale: a duplicate, a retry, a race lost to
 * the sweep); it must be due. A scheduled or immediate delivery is due from one Scheduler
 * precision before {@code nextStepAt}, because one-time schedules fire within a minute of
 * their time; the sweep takes only steps a full minute overdue, so it catches lost
 * schedules without racing healthy ones.
 */
public final class EscalationPlanner {
    public static final Duration SCHEDULER_PRECISION = Duration.ofMinutes(1);
    public static final Duration OVERDUE_AFTER = Duration.ofMinutes(1);

    private EscalationPlanner() {}

    public static StepPlan next(Incident incident, EscalationPolicy policy, int step, StepCause cause, Instant now) {
        if (incident.status() == IncidentStatus.RESOLVED) {
            return new StepPlan.Skip(StepPlan.Reason.RESOLVED);
        }
        if (incident.status() == IncidentStatus.ACKNOWLEDGED) {
            return new StepPlan.Skip(StepPlan.Reason.ACKNOWLEDGED);
        }
        if (step != incident.nextStep()) {
            return new StepPlan.Skip(StepPlan.Reason.STALE_STEP);
        }
        if (incident.nextStepAt() == null || step >= policy.steps()) {
            return new StepPlan.Skip(StepPlan.Reason.EXHAUSTED);
        }
        if (!isDue(incident.nextStepAt(), cause, now)) {
            return new StepPlan.Skip(StepPlan.Reason.NOT_DUE);
        }
        Tier tier = policy.tierOf(step);
        int next = step + 1;
        Instant nextAt = next < policy.steps() ? now.plus(tier.delay()) : null;
        return new StepPlan.Page(step, policy.passOf(step), policy.tierIndexOf(step), tier, next, nextAt);
    }

    /** Whether the sweep should run this incident's pending step now. */
    public static boolean overdue(Incident incident, Instant now) {
        return incident.escalating() && isDue(incident.nextStepAt(), StepCause.SWEEP, now);
    }

    /**
     * When escalate-now moves the pending step to {@code now}; {@code null} when there is
     * nothing left to escalate to (not triggered, or every step paged).
     */
    public static Instant escalateNow(Incident incident, EscalationPolicy policy, Instant now) {
        if (!incident.escalating() || incident.nextStep() >= policy.steps()) {
            return null;
        }
        return now;
    }

    private static boolean isDue(Instant dueAt, StepCause cause, Instant now) {
        return switch (cause) {
            case SCHEDULE, NOW -> !now.isBefore(dueAt.minus(SCHEDULER_PRECISION));
            case SWEEP -> !now.isBefore(dueAt.plus(OVERDUE_AFTER));
        };
    }
}
