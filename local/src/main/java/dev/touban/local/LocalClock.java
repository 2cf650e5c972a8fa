package dev.touban.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The local runner's clock: real time plus an offset that {@code POST /local/clock} moves,
 * so a person can jump a week ahead and still have time flow between commands.
 */
public final class LocalClock extends Clock {
    private final Clock real;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public LocalClock(Clock real) {
        this.real = real;
    }

    public Instant advance(Duration d) {
        offset.updateAndGet(o -> o.plus(d));
        return instant();
    }

    public Instant set(Instant t) {
        offset.set(Duration.between(real.instant(), t));
        return instant();
    }

    @Override
    public Instant instant() {
        return real.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("LocalClock is UTC only");
    }
}
