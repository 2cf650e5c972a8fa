package dev.touban.aws.dynamo;

import dev.touban.domain.incident.RateLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** A fixed one-minute window per key, shared by every instance: one atomic counter item per key and minute, expiring by TTL. */
public final class DynamoRateLimit implements RateLimit {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoRateLimit(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean allow(String key, int perMinute, Instant now) {
        Map<String, AttributeValue> counted = dynamo.updateItem(UpdateItemRequest.builder().tableName(table).key(TableKeys.rate(key, now))
                .updateExpression("ADD #count :one SET #ttl = :ttl")
                .expressionAttributeNames(Map.of("#count", "count", "#ttl", TableKeys.TTL))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"),
                        ":ttl", AttributeValue.fromN(Long.toString(now.plus(Duration.ofMinutes(10)).getEpochSecond()))))
                .returnValues(ReturnValue.UPDATED_NEW).build()).attributes();
        return Item.n(counted, "count") <= perMinute;
    }
}
