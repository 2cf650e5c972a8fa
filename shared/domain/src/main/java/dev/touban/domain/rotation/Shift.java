package dev.touban.domain.rotation;

import dev.touban.domain.config.Layer;
import java.time.Instant;

/**
 * One turn on call: {@code memberId} covers [start, end) for a rotation's layer. {@code index}
 * is the rotation's shift number the turn belongs to. {@code replacement} is null for a turn
 * as the rotation scheduled it, and says which override or swap put {@code memberId} there
 * otherwise (in which case the turn may be a part of the scheduled shift).
 */
public record Shift(String rotationId, Layer layer, long index, String memberId, Instant start, Instant end,
        Replacement replacement) {

    public Shift {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a shift ends after it starts: " + start + " .. " + end);
        }
    }

    public Shift(String rotationId, Layer layer, long index, String memberId, Instant start, Instant end) {
        this(rotationId, layer, index, memberId, start, end, null);
    }

    public boolean covers(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    public boolean replaced() {
        return replacement != null;
    }

    /** The member the rotation itself put on this shift. */
    public String scheduledMemberId() {
        return replacement == null ? memberId : replacement.scheduledMemberId();
    }

    /** Why someone other than the scheduled member is on call: which change, of which kind, for whom. */
    public record Replacement(String changeId, ChangeKind kind, String scheduledMemberId) {}
}
