package dev.touban.domain.rotation;

import dev.touban.domain.config.Layer;
import java.time.Instant;
import java.util.List;

/**
 * Two members exchange shifts on one layer: {@code secondMemberId} covers [firstFrom, firstTo),
 * the shift the rotation gave {@code firstMemberId}, and {@code firstMemberId} covers
 * [secondFrom, secondTo). The two ranges do not overlap and the members differ.
 */
public record ShiftSwap(String id, String teamId, Layer layer,
        String firstMemberId, Instant firstFrom, Instant firstTo,
        String secondMemberId, Instant secondFrom, Instant secondTo,
        String createdBy, Instant createdAt) implements ScheduleChange {

    public ShiftSwap {
        if (firstMemberId.equals(secondMemberId)) {
            throw new IllegalArgumentException("a swap needs two different members");
        }
        if (firstFrom.isBefore(secondTo) && secondFrom.isBefore(firstTo)) {
            throw new IllegalArgumentException("swapped shifts must not overlap");
        }
    }

    @Override
    public List<Cover> covers() {
        return List.of(
                new Cover(id, ChangeKind.SWAP, layer, secondMemberId, firstFrom, firstTo, createdAt),
                new Cover(id, ChangeKind.SWAP, layer, firstMemberId, secondFrom, secondTo, createdAt));
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.SWAP;
    }

    @Override
    public boolean involves(String member) {
        return firstMemberId.equals(member) || secondMemberId.equals(member);
    }
}
