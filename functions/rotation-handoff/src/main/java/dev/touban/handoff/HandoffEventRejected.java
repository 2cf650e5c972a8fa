package dev.touban.handoff;

/**
 * The event names no handoff Touban can make: malformed, or a team or rotation that is not in
 * oncall.yaml. Thrown out of the handler so the invocation fails and, after Lambda's retries,
 * lands in the handoff dead-letter queue with this message: a schedule and a roster that
 * disagree are a misconfiguration someone must see, not a success.
 */
public final class HandoffEventRejected extends RuntimeException {
    HandoffEventRejected(String message) {
        super(message);
    }
}
