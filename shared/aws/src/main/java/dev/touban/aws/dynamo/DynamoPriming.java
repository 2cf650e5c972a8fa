package dev.touban.aws.dynamo;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Dry DynamoDB calls for SnapStart priming: they go through the same client, marshallers,
 * signer and HTTP client as real requests but read or check a key no item ever has
 * ({@link TableKeys#priming()}), so they change nothing.
 */
public final class DynamoPriming {
    private DynamoPriming() {}

    /** A consistent GetItem of the priming key; returns whether an item came back (it never should). */
    public static boolean readMissingItem(DynamoDbClient dynamo, String table) {
        Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder().tableName(table)
                .key(TableKeys.priming()).consistentRead(true).build()).item();
        return item != null && !item.isEmpty();
    }

    /**
     * A transaction holding only a condition check that the priming key exists: it is always
     * cancelled, which warms the transactional write path and the cancellation reasons that
     * idempotent writes rely on, and writes nothing.
     */
    public static void checkMissingItem(DynamoDbClient dynamo, String table) {
        try {
            dynamo.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(TransactWriteItem.builder()
                    .conditionCheck(ConditionCheck.builder().tableName(table).key(TableKeys.priming())
                            .conditionExpression("attribute_exists(pk)").build())
                    .build()).build());
            throw new IllegalStateException("the priming key " + TableKeys.priming() + " exists in " + table + ": it must never be written");
        } catch (TransactionCanceledException e) {
            // Cancelled because the condition failed, as it always must: nothing was written.
            // Cancelled for any other reason (no such table, throttling) is a failure to report.
            boolean conditionFailed = e.cancellationReasons() != null && e.cancellationReasons().size() == 1
                    && "ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code());
            if (!conditionFailed) {
                throw e;
            }
        }
    }
}
