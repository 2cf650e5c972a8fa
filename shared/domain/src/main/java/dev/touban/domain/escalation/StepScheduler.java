package dev.touban.domain.escalation;

import java.time.Instant;

/**
 * One-time wake-ups for escalation steps. Scheduling the same step twice, or cancelling a
 * step that has no schedule, is harmless: steps are fenced where they run.
 */
public interface StepScheduler {

    void schedule(long incident, int step, Instant at);

    void cancel(long incident, int step);
}
