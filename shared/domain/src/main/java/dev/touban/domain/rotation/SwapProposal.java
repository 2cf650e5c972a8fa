package dev.touban.domain.rotation;

import java.time.Instant;

/**
 * A swap one member asked for and the other has not yet answered: {@code swap} as planned
 * when it was asked for (its id, team and proposer are the swap's), {@code counterpartId} the
 * one member whose acceptance makes it take effect, until {@code expiresAt}. A proposal is
 * answered once: accepted (the swap is stored) or declined.
 */
public record SwapProposal(ShiftSwap swap, String counterpartId, Instant expiresAt, Status status) {

    public enum Status {
        PENDING,
        ACCEPTED,
        DECLINED
    }

    public SwapProposal {
        if (!swap.involves(counterpartId) || swap.createdBy().equals(counterpartId)) {
            throw new IllegalArgumentException("the counterpart is the swap's other member");
        }
    }

    public String id() {
        return swap.id();
    }

    public String teamId() {
        return swap.teamId();
    }

    public String proposerId() {
        return swap.createdBy();
    }
}
