package dev.touban.domain.rotation;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules of swap proposals, as pure decisions. A proposal expires a day after it was made,
 * or earlier when a shift it moves starts (or, for a shift already under way, ends): a swap
 * nobody accepted before the shift began would rewrite a shift someone already started.
 * Only the counterpart may answer; an answer counts once; an accepted swap takes effect
 * from the moment of acceptance, never earlier.
 */
public final class SwapProposals {
    public static final Duration VALIDITY = Duration.ofHours(24);

    private SwapProposals() {}

    public sealed interface Decision {
        /** Store {@code swap}: the proposal's, with any range under way starting now. */
        record Accept(ShiftSwap swap) implements Decision {}

        record Decline() implements Decision {}

        record NotTheCounterpart() implements Decision {}

        record Expired() implements Decision {}

        record AlreadyAnswered(SwapProposal.Status status) implements Decision {}
    }

    public static SwapProposal propose(ShiftSwap swap, String counterpartId) {
        return new SwapProposal(swap, counterpartId, expiry(swap), SwapProposal.Status.PENDING);
    }

    static Instant expiry(ShiftSwap swap) {
        Instant made = swap.createdAt();
        Instant limit = made.plus(VALIDITY);
        Instant start = swap.start();
        Instant cut = start.isAfter(made) ? start : earliestEnd(swap);
        return cut.isBefore(limit) ? cut : limit;
    }

    public static Decision answer(SwapProposal proposal, String memberId, boolean accept, Instant now) {
        if (!proposal.counterpartId().equals(memberId)) {
            return new Decision.NotTheCounterpart();
        }
        if (proposal.status() != SwapProposal.Status.PENDING) {
            return new Decision.AlreadyAnswered(proposal.status());
        }
        if (!now.isBefore(proposal.expiresAt())) {
            return new Decision.Expired();
        }
        if (!accept) {
            return new Decision.Decline();
        }
        ShiftSwap s = proposal.swap();
        return new Decision.Accept(new ShiftSwap(s.id(), s.teamId(), s.layer(),
                s.firstMemberId(), later(s.firstFrom(), now), s.firstTo(),
                s.secondMemberId(), later(s.secondFrom(), now), s.secondTo(),
                s.createdBy(), s.createdAt()));
    }

    private static Instant earliestEnd(ShiftSwap swap) {
        return swap.firstTo().isBefore(swap.secondTo()) ? swap.firstTo() : swap.secondTo();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
