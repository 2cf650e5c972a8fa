package dev.touban.domain.incident;

import java.time.Instant;

/** Counts events per key and minute; {@code allow} is false once a key is over its limit for the minute of {@code now}. */
public interface RateLimit {
    boolean allow(String key, Instant now);
}
