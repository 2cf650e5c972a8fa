package dev.touban.aws.dynamo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Idempotency records: the answer given to a request key, kept a day, written in the same transaction as the change. */
final class Requests {
    static final Duration MEMORY = Duration.ofDays(1);

    private Requests() {}

    static TransactWriteItem remember(String table, String requestKey, String answer, Instant now) {
        Map<String, AttributeValue> item = Item.of(TableKeys.request(requestKey))
                .s("type", "REQUEST")
                .s("answer", answer)
                .n(TableKeys.TTL, now.plus(MEMORY).getEpochSecond())
                .build();
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }

    static Optional<String> answer(DynamoDbClient dynamo, String table, String requestKey) {
        Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder().tableName(table)
                .key(TableKeys.request(requestKey)).consistentRead(true).build()).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.ofNullable(Item.s(item, "answer"));
    }
}
