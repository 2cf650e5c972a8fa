package dev.touban.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A DynamoDB client that makes chosen calls fail as DynamoDB does under load, before they
 * reach the emulator: throttling ({@code ProvisionedThroughputExceededException}) or a
 * transaction cancelled by a conflicting one. Rules are matched by operation name
 * ({@code transactWriteItems}, {@code getItem}...) and fire for the next {@code times} calls.
 */
public final class DynamoFaults {
    public enum Fault {
        THROTTLING,
        TRANSACTION_CONFLICT,
        /** The call reaches the emulator and commits; its answer is then lost (seen as throttling), so the caller tries again. */
        ANSWER_LOST_AFTER_COMMIT
    }

    private record Rule(String operation, Fault fault, AtomicInteger left) {}

    private final List<Rule> rules = new ArrayList<>();
    private final AtomicInteger injected = new AtomicInteger();

    /** The next {@code times} calls of {@code operation} fail with {@code fault}. */
    public synchronized DynamoFaults fail(String operation, Fault fault, int times) {
        rules.add(new Rule(operation, fault, new AtomicInteger(times)));
        return this;
    }

    /** How many calls failed here so far. */
    public int injected() {
        return injected.get();
    }

    public DynamoDbClient wrap(DynamoDbClient real) {
        InvocationHandler handler = (proxy, method, args) -> {
            Fault fault = take(method.getName());
            if (fault == Fault.ANSWER_LOST_AFTER_COMMIT) {
                injected.incrementAndGet();
                try {
                    method.invoke(real, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
                throw exception(Fault.THROTTLING, args);
            }
            if (fault != null) {
                injected.incrementAndGet();
                throw exception(fault, args);
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(), new Class<?>[] {DynamoDbClient.class}, handler);
    }

    private synchronized Fault take(String operation) {
        for (Rule rule : rules) {
            if (rule.operation().equals(operation) && rule.left().get() > 0) {
                rule.left().decrementAndGet();
                return rule.fault();
            }
        }
        return null;
    }

    private static RuntimeException exception(Fault fault, Object[] args) {
        return switch (fault) {
            case THROTTLING -> ProvisionedThroughputExceededException.builder().statusCode(400)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException")
                            .errorMessage("injected: the level of configured provisioned throughput for the table was exceeded").build())
                    .message("injected throttling").build();
            case TRANSACTION_CONFLICT -> TransactionCanceledException.builder().statusCode(400)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("TransactionCanceledException")
                            .errorMessage("injected: transaction cancelled, conflict").build())
                    .message("injected conflict")
                    .cancellationReasons(List.of(CancellationReason.builder().code("TransactionConflict")
                            .message("Transaction is ongoing for the item").build()))
                    .build();
            case ANSWER_LOST_AFTER_COMMIT -> throw new IllegalArgumentException("not an exception of its own");
        };
    }
}
