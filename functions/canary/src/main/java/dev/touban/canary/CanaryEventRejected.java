package dev.touban.canary;

/**
 * The event is not a canary firing of the schedule: thrown out of the handler before anything
 * is read or sent, so the invocation fails with this message and nothing changes.
 */
public final class CanaryEventRejected extends IllegalArgumentException {
    CanaryEventRejected(String message) {
        super(message);
    }
}
