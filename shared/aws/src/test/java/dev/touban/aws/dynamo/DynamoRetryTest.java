package dev.touban.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

class DynamoRetryTest {
    private final List<Duration> waits = new ArrayList<>();
    private final DynamoRetry retry = new DynamoRetry(5, Duration.ofMillis(25), Duration.ofMillis(400), waits::add, () -> 1.0);

    @Test
    void throttlingAndConflicts_areRetried_withBackoffDoublingUpToTheCap() {
        AtomicInteger calls = new AtomicInteger();

        String answer = retry.call("test", () -> {
            if (calls.incrementAndGet() < 5) {
                throw calls.get() % 2 == 0 ? cancelled("TransactionConflict") : ProvisionedThroughputExceededException.builder().message("slow down").build();
            }
            return "done";
        });

        assertThat(answer).isEqualTo("done");
        assertThat(waits).containsExactly(Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void jitter_spreadsEachWaitUniformlyBelowItsCeiling() {
        List<Duration> jittered = new ArrayList<>();
        DynamoRetry half = new DynamoRetry(3, Duration.ofMillis(100), Duration.ofMillis(400), jittered::add, () -> 0.5);

        assertThatThrownBy(() -> half.run("test", () -> {
            throw cancelled("ThrottlingError");
        })).isInstanceOf(DynamoBusyException.class).hasMessageContaining("over 3 attempts");

        assertThat(jittered).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100));
    }

    @Test
    void aFailedCondition_isAnAnswer_neverRetried_evenInsideAConflictedTransaction() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> retry.run("test", () -> {
            calls.incrementAndGet();
            throw cancelled("ConditionalCheckFailed", "TransactionConflict");
        })).isInstanceOf(TransactionCanceledException.class);
        assertThatThrownBy(() -> retry.run("test", () -> {
            calls.incrementAndGet();
            throw ConditionalCheckFailedException.builder().message("no").build();
        })).isInstanceOf(ConditionalCheckFailedException.class);

        assertThat(calls).hasValue(2);
        assertThat(waits).isEmpty();
    }

    @Test
    void exhausted_throwsBusy_carryingTheLastFailure() {
        assertThatThrownBy(() -> retry.run("claiming step 3 of incident 42", () -> {
            throw cancelled("None", "TransactionConflict");
        })).isInstanceOf(DynamoBusyException.class)
                .hasMessageStartingWith("claiming step 3 of incident 42: DynamoDB stayed busy")
                .hasCauseInstanceOf(TransactionCanceledException.class);
        assertThat(waits).hasSize(4);
    }

    private static TransactionCanceledException cancelled(String... codes) {
        List<CancellationReason> reasons = new ArrayList<>();
        for (String code : codes) {
            reasons.add(CancellationReason.builder().code(code).build());
        }
        return TransactionCanceledException.builder().message("cancelled").cancellationReasons(reasons).build();
    }
}
