package dev.touban.domain.incident;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link RateLimit} counted in this process's memory: no I/O, so it can stand before any
 * other work (the intake's limit on requests with no known routing key). Each instance counts
 * its own share; the API's throttle bounds the sum. At most {@value #MAX_KEYS} keys are
 * tracked, so a stream of new keys cannot grow it without bound.
 */
public final class InstanceRateLimit implements RateLimit {
    static final int MAX_KEYS = 1000;
    private final Map<String, long[]> windows = new HashMap<>();

    @Override
    public synchronized boolean allow(String key, int perMinute, Instant now) {
        long minute = Math.floorDiv(now.getEpochSecond(), 60L);
        long[] window = windows.get(key);
        if (window == null || window[0] != minute) {
            if (window == null && windows.size() >= MAX_KEYS) {
                windows.values().removeIf(w -> w[0] != minute);
                if (windows.size() >= MAX_KEYS) {
                    return false;
                }
            }
            window = new long[] {minute, 0};
            windows.put(key, window);
        }
        window[1]++;
        return window[1] <= perMinute;
    }
}
