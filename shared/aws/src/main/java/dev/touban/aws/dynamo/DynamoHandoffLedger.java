package dev.touban.aws.dynamo;

import dev.touban.domain.handoff.HandoffLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Handoffs in the single table, one item per rotation shift. The first delivery creates the
 * item (conditional put) and holds a lease; steps are recorded as they finish; completion
 * removes the lease. Every write states its condition.
 */
public final class DynamoHandoffLedger implements HandoffLedger {
    /** Handoff records are kept two years: they are the history of who took over when. */
    static final Duration KEEP = Duration.ofDays(731);

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoHandoffLedger(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Claim claim(String teamId, String shiftKey, ShiftRecord record, Instant now, Instant leaseUntil) {
        Map<String, AttributeValue> item = new HashMap<>(Item.of(TableKeys.handoff(teamId, shiftKey))
                .s("type", "HANDOFF")
                .s("teamId", teamId)
                .s("rotationId", record.rotationId())
                .n("shiftIndex", record.index())
                .instant("shiftStart", record.start())
                .instant("shiftEnd", record.end())
                .s("scheduledMemberId", record.scheduledMemberId())
                .s("memberId", record.memberId())
                .instant("claimedAt", now)
                .instant("leaseUntil", leaseUntil)
                .n("attempts", 1)
                .n(TableKeys.TTL, record.start().plus(KEEP).getEpochSecond())
                .build());
        item.put("steps", AttributeValue.fromM(Map.of()));
        try {
            dynamo.putItem(PutItemRequest.builder().tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(pk)")
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build());
            return new Claim.Claimed(Map.of());
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> old = e.item();
            if (old == null || old.isEmpty()) {
                old = dynamo.getItem(GetItemRequest.builder().tableName(table)
                        .key(TableKeys.handoff(teamId, shiftKey)).consistentRead(true).build()).item();
            }
            return reclaim(teamId, shiftKey, old, now, leaseUntil);
        }
    }

    private Claim reclaim(String teamId, String shiftKey, Map<String, AttributeValue> old, Instant now, Instant leaseUntil) {
        if (old.containsKey("completedAt")) {
            return new Claim.AlreadyDone(Item.instant(old, "completedAt"));
        }
        Instant held = Item.instant(old, "leaseUntil");
        if (held.isAfter(now)) {
            return new Claim.Busy(held);
        }
        try {
            // an earlier run died or gave up: take over, provided nobody else did in between
            dynamo.updateItem(UpdateItemRequest.builder().tableName(table).key(TableKeys.handoff(teamId, shiftKey))
                    .updateExpression("SET leaseUntil = :new, attempts = attempts + :one")
                    .conditionExpression("leaseUntil = :old AND attribute_not_exists(completedAt)")
                    .expressionAttributeValues(Map.of(
                            ":new", AttributeValue.fromS(TableKeys.sortable(leaseUntil)),
                            ":old", old.get("leaseUntil"),
                            ":one", AttributeValue.fromN("1"))).build());
        } catch (ConditionalCheckFailedException e) {
            return new Claim.Busy(leaseUntil);
        }
        Map<String, String> done = new HashMap<>();
        AttributeValue steps = old.get("steps");
        if (steps != null && steps.hasM()) {
            steps.m().forEach((k, v) -> done.put(k, v.s()));
        }
        return new Claim.Claimed(done);
    }

    @Override
    public void stepDone(String teamId, String shiftKey, String step, String outcome) {
        dynamo.updateItem(UpdateItemRequest.builder().tableName(table).key(TableKeys.handoff(teamId, shiftKey))
                .updateExpression("SET steps.#step = :outcome")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(Map.of("#step", step))
                .expressionAttributeValues(Map.of(":outcome", AttributeValue.fromS(outcome))).build());
    }

    @Override
    public void complete(String teamId, String shiftKey, Instant now) {
        dynamo.updateItem(UpdateItemRequest.builder().tableName(table).key(TableKeys.handoff(teamId, shiftKey))
                .updateExpression("SET completedAt = :now REMOVE leaseUntil")
                .conditionExpression("attribute_exists(pk) AND attribute_not_exists(completedAt)")
                .expressionAttributeValues(Map.of(":now", AttributeValue.fromS(TableKeys.sortable(now)))).build());
    }

    @Override
    public void release(String teamId, String shiftKey, Instant now) {
        dynamo.updateItem(UpdateItemRequest.builder().tableName(table).key(TableKeys.handoff(teamId, shiftKey))
                .updateExpression("SET leaseUntil = :now")
                .conditionExpression("attribute_exists(pk) AND attribute_not_exists(completedAt)")
                .expressionAttributeValues(Map.of(":now", AttributeValue.fromS(TableKeys.sortable(now)))).build());
    }
}
