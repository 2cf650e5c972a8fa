package dev.touban.domain.escalation;

/** Why a step is being run: its one-time schedule fired, it was asked for at once, or the sweep found it overdue. */
public enum StepCause {
    SCHEDULE,
    NOW,
    SWEEP
}
