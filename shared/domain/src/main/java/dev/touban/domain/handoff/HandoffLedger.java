package dev.touban.domain.handoff;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The record of handoffs, one per {@link ShiftRef}. A handoff is claimed before anything is
 * sent, each step is recorded when it succeeded, and the handoff is completed when every step
 * has; a completed handoff is never claimed again. A step that failed is recorded as a failure,
 * not as done, so the next claim runs it again. A claim is a lease: a run that died holding it
 * is taken over once the lease has passed, and the taker resumes with the steps not yet done.
 */
public interface HandoffLedger {

    /** What is recorded of each of {@code shifts} (absent: never claimed), read at once. */
    Map<ShiftRef, State> recorded(Collection<ShiftRef> shifts);

    /** Claims the handoff of {@code record}'s shift for a run lasting at most until {@code leaseUntil}. */
    Claim claim(ShiftRecord record, Instant now, Instant leaseUntil);

    /** Records that {@code step} succeeded with {@code outcome} (such as a message id). */
    void stepDone(ShiftRef shift, String step, String outcome);

    /** Records why {@code step} failed this time; the step stays to be done. */
    void stepFailed(ShiftRef shift, String step, String reason);

    /** Marks the handoff complete: later runs leave it alone. */
    void complete(ShiftRef shift, Instant now);

    /** Gives up the claim so that the next run may resume at once. */
    void release(ShiftRef shift, Instant now);

    enum State {
        /** Claimed, not complete: a run holds it or one left steps to retry. */
        CLAIMED,
        COMPLETE
    }

    /** What is recorded about a shift that starts: which shift, its number and end, and who is actually on call. */
    record ShiftRecord(ShiftRef shift, long index, Instant end, String memberId) {}

    sealed interface Claim {
        /** This run owns the handoff; {@code doneSteps} (step to outcome) were done by an earlier run. */
        record Claimed(Map<String, String> doneSteps) implements Claim {
            public Claimed {
                doneSteps = Map.copyOf(doneSteps);
            }
        }

        /** The handoff was completed earlier. */
        record AlreadyDone(Instant completedAt) implements Claim {}

        /** Another run holds the claim until {@code leaseUntil}. */
        record Busy(Instant leaseUntil) implements Claim {}
    }
}
