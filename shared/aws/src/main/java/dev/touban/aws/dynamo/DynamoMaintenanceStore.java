package dev.touban.aws.dynamo;

import dev.touban.domain.maintenance.MaintenanceStore;
import dev.touban.domain.maintenance.MaintenanceWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** Windows started from Slack, one item per service ({@link TableKeys#maintenance}), expiring by TTL a month after they end. */
public final class DynamoMaintenanceStore implements MaintenanceStore {
    static final Duration KEPT_AFTER_END = Duration.ofDays(30);

    private final Supplier<DynamoDbClient> dynamo;
    private final String table;

    public DynamoMaintenanceStore(Supplier<DynamoDbClient> dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<MaintenanceWindow> get(String serviceId, Instant now) {
        Map<String, AttributeValue> item = dynamo.get().getItem(GetItemRequest.builder().tableName(table)
                .key(TableKeys.maintenance(serviceId)).consistentRead(true).build()).item();
        // a window ended (even at the instant it started) is history: only its expiry is left
        if (item == null || item.isEmpty() || !Item.instant(item, "end").isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(window(item));
    }

    @Override
    public void put(MaintenanceWindow w) {
        dynamo.get().putItem(PutItemRequest.builder().tableName(table).item(Item.of(TableKeys.maintenance(w.serviceId()))
                .s("type", "MAINTENANCE").s("service", w.serviceId()).instant("start", w.start()).instant("end", w.end())
                .s("reason", w.reason()).s("by", w.by()).n(TableKeys.TTL, w.end().plus(KEPT_AFTER_END).getEpochSecond()).build()).build());
    }

    @Override
    public Optional<MaintenanceWindow> end(String serviceId, Instant now) {
        try {
            Map<String, AttributeValue> old = dynamo.get().updateItem(UpdateItemRequest.builder().tableName(table)
                    .key(TableKeys.maintenance(serviceId))
                    .updateExpression("SET #end = :now")
                    .conditionExpression("#end > :now AND #start <= :now")
                    .expressionAttributeNames(Map.of("#end", "end", "#start", "start"))
                    .expressionAttributeValues(Map.of(":now", AttributeValue.fromS(TableKeys.sortable(now))))
                    .returnValues(ReturnValue.ALL_OLD).build()).attributes();
            return Optional.of(window(old));
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    private static MaintenanceWindow window(Map<String, AttributeValue> item) {
        return new MaintenanceWindow(Item.s(item, "service"), Item.instant(item, "start"), Item.instant(item, "end"),
                Item.s(item, "reason"), Item.s(item, "by"));
    }
}
