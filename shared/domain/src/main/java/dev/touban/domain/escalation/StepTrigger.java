package dev.touban.domain.escalation;

/**
 * Asks for a step to run as soon as possible, asynchronously (the first tier of a new
 * incident, escalate-now). Callers that answer people (Slack, the Events API) never page
 * on their own request path.
 */
public interface StepTrigger {

    void runNow(long incident, int step);
}
