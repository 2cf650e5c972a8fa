package dev.touban.domain.rotation;

import dev.touban.domain.config.Layer;
import java.time.Instant;

/**
 * {@code memberId} is on call for {@code layer} during [from, to), whoever the rotation
 * scheduled. Covers come from schedule changes; among covers that overlap, the one created
 * last wins.
 */
public record Cover(String changeId, ChangeKind kind, Layer layer, String memberId, Instant from, Instant to, Instant createdAt) {
    public Cover {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a cover ends after it starts: " + from + " .. " + to);
        }
    }

    public boolean covers(Instant t) {
        return !t.isBefore(from) && t.isBefore(to);
    }
}
