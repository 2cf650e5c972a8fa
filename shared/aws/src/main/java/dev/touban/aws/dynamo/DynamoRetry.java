package dev.touban.aws.dynamo;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * Retries a DynamoDB call that failed for a reason that says nothing about the data:
 * throttling, or a transaction cancelled by a conflicting one. Waits with full jitter
 * (a random time up to {@code base × 2^attempt}, capped) so contenders spread out, and throws
 * {@link DynamoBusyException} once the attempts are spent. A failed condition is an answer,
 * not a fault: it is never retried here.
 *
 * <p>The default budget (5 attempts, 25 ms doubling to at most 400 ms) stays well inside
 * Slack's 3 seconds. The sleeper and the random source are injected, so tests never sleep.
 */
public final class DynamoRetry {
    /** Waits between attempts; {@link Thread#sleep} in production, a recorder in tests. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public static final DynamoRetry DEFAULT = new DynamoRetry(5, Duration.ofMillis(25), Duration.ofMillis(400),
            d -> Thread.sleep(d.toMillis()), () -> ThreadLocalRandom.current().nextDouble());

    private static final List<String> BUSY_REASONS = List.of("TransactionConflict", "ThrottlingError", "ProvisionedThroughputExceeded",
            "RequestLimitExceeded");

    private final int attempts;
    private final Duration base;
    private final Duration cap;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    public DynamoRetry(int attempts, Duration base, Duration cap, Sleeper sleeper, DoubleSupplier random) {
        this.attempts = attempts;
        this.base = base;
        this.cap = cap;
        this.sleeper = sleeper;
        this.random = random;
    }

    /** No waiting between attempts (tests that count attempts). */
    public static DynamoRetry withoutWaiting(int attempts) {
        return new DynamoRetry(attempts, Duration.ZERO, Duration.ZERO, d -> { }, () -> 0);
    }

    public int attempts() {
        return attempts;
    }

    public <T> T call(String what, Supplier<T> call) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            if (attempt > 0) {
                pause(attempt);
            }
            try {
                return call.get();
            } catch (RuntimeException e) {
                if (!busy(e)) {
                    throw e;
                }
                last = e;
            }
        }
        throw new DynamoBusyException(what, attempts, last);
    }

    public void run(String what, Runnable call) {
        call(what, () -> {
            call.run();
            return null;
        });
    }

    /** The wait before {@code attempt} (1-based retries): uniform in [0, min(cap, base × 2^(attempt-1))]. */
    Duration backoff(int attempt) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(20, attempt - 1));
        return Duration.ofMillis((long) (random.getAsDouble() * ceiling));
    }

    /** Waits the backoff before retry {@code attempt} (also between rounds of an optimistic loop that lost to another writer). */
    void pause(int attempt) {
        try {
            sleeper.sleep(backoff(attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a DynamoDB call", e);
        }
    }

    /** Throttling, or a transaction cancelled only for conflicts or throttling (no condition failed). */
    public static boolean busy(Throwable e) {
        if (e instanceof TransactionCanceledException cancelled) {
            return !anyConditionFailed(cancelled) && cancelled.hasCancellationReasons()
                    && cancelled.cancellationReasons().stream().anyMatch(r -> BUSY_REASONS.contains(r.code()));
        }
        if (e instanceof ProvisionedThroughputExceededException || e instanceof RequestLimitExceededException
                || e instanceof TransactionConflictException) {
            return true;
        }
        return e instanceof AwsServiceException service && (service.isThrottlingException()
                || "ThrottlingException".equals(service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode()));
    }

    /** Whether the item at {@code index} of a cancelled transaction failed its condition: the business answer. */
    public static boolean conditionFailed(TransactionCanceledException e, int index) {
        List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
        return reasons.size() > index && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }

    public static boolean anyConditionFailed(TransactionCanceledException e) {
        return e.hasCancellationReasons() && e.cancellationReasons().stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()));
    }
}
