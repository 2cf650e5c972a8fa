package dev.touban.domain.incident;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts events per key in fixed one-minute windows: {@code allow} counts one event and is
 * false once the key is over {@code perMinute} in the minute of {@code now}. A refused sender
 * should wait {@link #retryAfter} (HTTP {@code Retry-After}), when the window ends.
 */
public interface RateLimit {
    boolean allow(String key, int perMinute, Instant now);

    /** Time left in the minute of {@code now}, rounded up to whole seconds: 1 to 60. */
    static Duration retryAfter(Instant now) {
        long intoMinute = Math.floorMod(now.getEpochSecond(), 60L);
        return Duration.ofSeconds(now.getNano() == 0 && intoMinute == 0 ? 60 : 60 - intoMinute);
    }
}
