package dev.touban.domain.escalation;

import java.time.Instant;

/** What {@link EscalationPlanner} decided for one delivery of a step: page a tier, or do nothing and why. */
public sealed interface StepPlan {

    /**
     * Page {@code tier} (index {@code tierIndex}, in pass {@code pass}) for {@code step}; afterwards
     * the incident waits for {@code nextStep} at {@code nextStepAt}, or, when {@code nextStepAt}
     * is null, has paged every step of its policy.
     */
    record Page(int step, int pass, int tierIndex, Tier tier, int nextStep, Instant nextStepAt) implements StepPlan {
        public boolean exhausts() {
            return nextStepAt == null;
        }
    }

    record Skip(Reason reason) implements StepPlan {}

    enum Reason {
        /** Someone acknowledged: escalation stops. */
        ACKNOWLEDGED,
        RESOLVED,
        /** Another delivery already ran this step (a duplicate, a retry, the sweep racing the schedule). */
        STALE_STEP,
        /** Delivered before its time (an escalate-now moved it, or a clock disagrees); the due delivery will run it. */
        NOT_DUE,
        /** Every step of the policy has been paged. */
        EXHAUSTED,
        UNKNOWN_INCIDENT,
        /** The service is in maintenance: the step waits for the window's end. */
        MAINTENANCE,
        UNKNOWN_POLICY,
        /** The sweep found no step due but sent deliveries left pending (by a crash, a timeout, a backoff). */
        RESUMED,
        /** The sweep could not handle this incident (it is logged); the others went on. */
        FAILED
    }
}
