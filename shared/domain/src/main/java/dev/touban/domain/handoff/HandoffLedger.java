package dev.touban.domain.handoff;

import java.time.Instant;
import java.util.Map;

/**
 * The record of handoffs done, one per rotation shift. A handoff is claimed before anything
 * is sent and completed after; a second delivery of a completed handoff finds it done and
 * sends nothing. A run that died half-way leaves its claim to expire, and the next delivery
 * resumes with the steps not yet recorded.
 */
public interface HandoffLedger {

    /** Claims the handoff of {@code shiftKey} for a run lasting at most until {@code leaseUntil}. */
    Claim claim(String teamId, String shiftKey, ShiftRecord record, Instant now, Instant leaseUntil);

    /** Records that {@code step} ended with {@code outcome} ("ok" or what failed). */
    void stepDone(String teamId, String shiftKey, String step, String outcome);

    /** Marks the handoff complete: later deliveries do nothing. */
    void complete(String teamId, String shiftKey, Instant now);

    /** Gives up the claim so that a retry may resume at once. */
    void release(String teamId, String shiftKey, Instant now);

    /** What is recorded about a shift that starts: who was scheduled and who is actually on call. */
    record ShiftRecord(String rotationId, long index, Instant start, Instant end, String scheduledMemberId, String memberId) {}

    sealed interface Claim {
        /** This run owns the handoff; {@code doneSteps} (step to outcome) were already done by an earlier run. */
        record Claimed(Map<String, String> doneSteps) implements Claim {
            public Claimed {
                doneSteps = Map.copyOf(doneSteps);
            }
        }

        /** The handoff was completed earlier. */
        record AlreadyDone(Instant completedAt) implements Claim {}

        /** Another run holds the claim right now. */
        record Busy(Instant leaseUntil) implements Claim {}
    }
}
