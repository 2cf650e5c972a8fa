package dev.touban.aws.dynamo;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * The tie-breaker in timeline keys: entries of one millisecond written by this store sort in
 * the order written (a counter in the high half), and two processes never produce the same
 * key (a random low half). A counter alone, started at class load, starts from the same value
 * in every execution environment SnapStart restores from one snapshot; {@link SecureRandom}
 * is reseeded on restore, so the random half is not shared with the other copies.
 */
final class TimelineSequence {
    private final AtomicLong counter;
    private final RandomGenerator random;

    TimelineSequence() {
        this(0, new SecureRandom());
    }

    /** {@code counter} is where ordering starts (the same in every copy of a restored snapshot). */
    TimelineSequence(long counter, RandomGenerator random) {
        this.counter = new AtomicLong(counter);
        this.random = random;
    }

    long next() {
        return (counter.incrementAndGet() << 32) | (random.nextInt() & 0xffffffffL);
    }
}
