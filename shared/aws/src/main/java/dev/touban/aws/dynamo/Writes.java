package dev.touban.aws.dynamo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/** Small building blocks the incident adapters share: a transaction's put, a retried transaction, a consistent read. */
final class Writes {
    private Writes() {}

    static TransactWriteItem put(String table, Map<String, AttributeValue> item, String condition) {
        Put.Builder put = Put.builder().tableName(table).item(item);
        if (condition != null) {
            put.conditionExpression(condition);
        }
        return TransactWriteItem.builder().put(put.build()).build();
    }

    /**
     * Runs the transaction, retried while DynamoDB is busy. Every attempt carries the same
     * client request token, so an attempt whose answer was lost after it committed is not
     * applied twice (DynamoDB answers a repeat within ten minutes with success).
     */
    static void transact(DynamoDbClient dynamo, DynamoRetry retry, String what, List<TransactWriteItem> items) {
        TransactWriteItemsRequest request = TransactWriteItemsRequest.builder().transactItems(items)
                .clientRequestToken(UUID.randomUUID().toString()).build();
        retry.run(what, () -> dynamo.transactWriteItems(request));
    }

    /** The item, or null when there is none. */
    static Map<String, AttributeValue> getConsistent(DynamoDbClient dynamo, DynamoRetry retry, String table, Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = retry.call("reading " + key.get(TableKeys.PK).s(), () -> dynamo.getItem(
                GetItemRequest.builder().tableName(table).key(key).consistentRead(true).build()).item());
        return item == null || item.isEmpty() ? null : item;
    }
}
