package dev.touban.handoff;

import java.util.Map;

/**
 * A sweep left steps undone (Slack refused a post, SNS was unreachable). Every other rotation
 * was still handed off; the failed steps are recorded as failures, not as done, so the next
 * sweep (a minute later) or Lambda's retry runs them again. Thrown so that a failure that
 * persists through the retries reaches the dead-letter queue and its alarm.
 */
public final class HandoffStepsFailed extends RuntimeException {
    private final transient Map<String, Object> result;

    HandoffStepsFailed(String message, Map<String, Object> result) {
        super(message);
        this.result = result;
    }

    /** The run's result, as a successful run would have answered it. */
    public Map<String, Object> result() {
        return result;
    }
}
