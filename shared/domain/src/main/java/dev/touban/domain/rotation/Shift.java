package dev.touban.domain.rotation;

import dev.touban.domain.config.Layer;
import java.time.Instant;

/** One turn on call: {@code memberId} covers [start, end) for a rotation's layer. */
public record Shift(String rotationId, Layer layer, long index, String memberId, Instant start, Instant end) {
    public boolean covers(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }
}
