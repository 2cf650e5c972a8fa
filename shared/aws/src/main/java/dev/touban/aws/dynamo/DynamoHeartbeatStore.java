package dev.touban.aws.dynamo;

import dev.touban.domain.heartbeat.Heartbeat;
import dev.touban.domain.heartbeat.HeartbeatState;
import dev.touban.domain.heartbeat.HeartbeatStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Heartbeats in the single table, one item each ({@link TableKeys#heartbeat}). A ping is one
 * UpdateItem that returns the item, so the caller learns of an open incident without a read;
 * its condition keeps the last ping from moving back when pings arrive out of order.
 */
public final class DynamoHeartbeatStore implements HeartbeatStore {
    private static final String LAST_PING = "lastPingAt";
    private static final String INCIDENT = "openIncident";

    private final Supplier<DynamoDbClient> dynamo;
    private final String table;

    public DynamoHeartbeatStore(Supplier<DynamoDbClient> dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public HeartbeatState ping(Heartbeat heartbeat, Instant now) {
        try {
            Map<String, AttributeValue> item = dynamo.get().updateItem(UpdateItemRequest.builder().tableName(table)
                    .key(TableKeys.heartbeat(heartbeat.serviceId(), heartbeat.name()))
                    .updateExpression("SET #last = :now, #type = :type, #service = :service, #name = :name")
                    .conditionExpression("attribute_not_exists(#last) OR #last <= :now")
                    .expressionAttributeNames(Map.of("#last", LAST_PING, "#type", "type", "#service", "service", "#name", "name"))
                    .expressionAttributeValues(Map.of(":now", AttributeValue.fromS(TableKeys.sortable(now)),
                            ":type", AttributeValue.fromS("HEARTBEAT"),
                            ":service", AttributeValue.fromS(heartbeat.serviceId()),
                            ":name", AttributeValue.fromS(heartbeat.name())))
                    .returnValues(ReturnValue.ALL_NEW)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).attributes();
            return state(item);
        } catch (ConditionalCheckFailedException e) {
            // a later ping is already stored: this one is late news, and the stored state stands
            return state(e.item());
        }
    }

    @Override
    public List<HeartbeatState> all() {
        QueryRequest query = QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(TableKeys.HEARTBEATS)))
                .consistentRead(true).build();
        List<HeartbeatState> states = new ArrayList<>();
        for (Map<String, AttributeValue> item : QueryPages.items(dynamo.get(), query)) {
            states.add(state(item));
        }
        return List.copyOf(states);
    }

    @Override
    public void opened(Heartbeat heartbeat, long incident) {
        dynamo.get().updateItem(UpdateItemRequest.builder().tableName(table)
                .key(TableKeys.heartbeat(heartbeat.serviceId(), heartbeat.name()))
                .updateExpression("SET #incident = :n")
                .expressionAttributeNames(Map.of("#incident", INCIDENT))
                .expressionAttributeValues(Map.of(":n", AttributeValue.fromN(Long.toString(incident)))).build());
    }

    @Override
    public void cleared(Heartbeat heartbeat, long incident) {
        try {
            dynamo.get().updateItem(UpdateItemRequest.builder().tableName(table)
                    .key(TableKeys.heartbeat(heartbeat.serviceId(), heartbeat.name()))
                    .updateExpression("REMOVE #incident")
                    .conditionExpression("#incident = :n")
                    .expressionAttributeNames(Map.of("#incident", INCIDENT))
                    .expressionAttributeValues(Map.of(":n", AttributeValue.fromN(Long.toString(incident)))).build());
        } catch (ConditionalCheckFailedException e) {
            // another incident is remembered now (or none): not ours to clear
        }
    }

    private static HeartbeatState state(Map<String, AttributeValue> item) {
        String last = Item.s(item, LAST_PING);
        return new HeartbeatState(Item.s(item, "service"), Item.s(item, "name"), last == null ? null : Instant.parse(last),
                item.containsKey(INCIDENT) ? Item.n(item, INCIDENT) : null);
    }
}
