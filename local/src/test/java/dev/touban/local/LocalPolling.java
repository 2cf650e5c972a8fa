package dev.touban.local;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Waits for a condition that another process makes true (a real Alertmanager's webhook), up to a bound, checking often. */
final class LocalPolling {
    private LocalPolling() {}

    /** The first value {@code probe} gives that is not null, or a failure naming {@code what} after {@code bound}. */
    static <T> T await(String what, Duration bound, Supplier<T> probe) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            pause();
        }
        return fail("waited " + bound.toSeconds() + " s for " + what);
    }

    /** The interval between two looks. */
    static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
