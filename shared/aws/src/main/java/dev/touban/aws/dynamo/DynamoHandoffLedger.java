package dev.touban.aws.dynamo;

import dev.touban.domain.handoff.HandoffLedger;
import dev.touban.domain.handoff.ShiftRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Handoffs in the single table, one item per rotation shift. The first run creates the item
 * (conditional put) and holds a lease; steps that succeeded go into {@code steps}, the last
 * failure of each step still to do into {@code failures}; completion removes the lease. Every
 * write states its condition.
 */
public final class DynamoHandoffLedger implements HandoffLedger {
    /** Handoff records are kept two years: they are the history of who took over when. */
    static final Duration KEEP = Duration.ofDays(731);
    /** BatchGetItem's limit of keys per request. */
    private static final int BATCH = 100;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoHandoffLedger(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Map<ShiftRef, State> recorded(Collection<ShiftRef> shifts) {
        Map<String, ShiftRef> byKey = new HashMap<>();
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (ShiftRef shift : shifts) {
            Map<String, AttributeValue> key = key(shift);
            if (byKey.put(name(key), shift) == null) {
                keys.add(key);
            }
        }
        Map<ShiftRef, State> recorded = new HashMap<>();
        for (int from = 0; from < keys.size(); from += BATCH) {
            // Eventually consistent and without a second round for unprocessed keys: a shift read
            // as unrecorded is only a shift the sweep tries to claim, and the claim's condition decides.
            KeysAndAttributes wanted = KeysAndAttributes.builder().keys(keys.subList(from, Math.min(keys.size(), from + BATCH)))
                    .projectionExpression("pk, sk, completedAt").build();
            List<Map<String, AttributeValue>> items = dynamo.batchGetItem(BatchGetItemRequest.builder()
                    .requestItems(Map.of(table, wanted)).build()).responses().getOrDefault(table, List.of());
            for (Map<String, AttributeValue> item : items) {
                ShiftRef shift = byKey.get(name(item));
                if (shift != null) {
                    recorded.put(shift, item.containsKey("completedAt") ? State.COMPLETE : State.CLAIMED);
                }
            }
        }
        return recorded;
    }

    @Override
    public Claim claim(ShiftRecord record, Instant now, Instant leaseUntil) {
        ShiftRef shift = record.shift();
        Map<String, AttributeValue> item = new HashMap<>(Item.of(key(shift))
                .s("type", "HANDOFF")
                .s("teamId", shift.teamId())
                .s("rotationId", shift.rotationId())
                .n("shiftIndex", record.index())
                .instant("shiftStart", shift.start())
                .instant("shiftEnd", record.end())
                .s("scheduledMemberId", shift.scheduledMemberId())
                .s("memberId", record.memberId())
                .instant("claimedAt", now)
                .instant("leaseUntil", leaseUntil)
                .n("attempts", 1)
                .n(TableKeys.TTL, shift.start().plus(KEEP).getEpochSecond())
                .build());
        item.put("steps", AttributeValue.fromM(Map.of()));
        item.put("failures", AttributeValue.fromM(Map.of()));
        try {
            dynamo.putItem(PutItemRequest.builder().tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(pk)")
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build());
            return new Claim.Claimed(Map.of());
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> old = e.item();
            if (old == null || old.isEmpty()) {
                old = dynamo.getItem(GetItemRequest.builder().tableName(table).key(key(shift)).consistentRead(true).build()).item();
            }
            return reclaim(shift, old, now, leaseUntil);
        }
    }

    private Claim reclaim(ShiftRef shift, Map<String, AttributeValue> old, Instant now, Instant leaseUntil) {
        if (old.containsKey("completedAt")) {
            return new Claim.AlreadyDone(Item.instant(old, "completedAt"));
        }
        Instant held = Item.instant(old, "leaseUntil");
        if (held.isAfter(now)) {
            return new Claim.Busy(held);
        }
        try {
            // an earlier run died, failed a step or gave up: take over, provided nobody else did in between
            dynamo.updateItem(UpdateItemRequest.builder().tableName(table).key(key(shift))
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
    public void stepDone(ShiftRef shift, String step, String outcome) {
        update(shift, "SET steps.#step = :v REMOVE failures.#step", "attribute_exists(pk)", Map.of("#step", step),
                AttributeValue.fromS(outcome));
    }

    @Override
    public void stepFailed(ShiftRef shift, String step, String reason) {
        update(shift, "SET failures.#step = :v", "attribute_exists(pk)", Map.of("#step", step), AttributeValue.fromS(reason));
    }

    @Override
    public void complete(ShiftRef shift, Instant now) {
        update(shift, "SET completedAt = :v REMOVE leaseUntil", "attribute_exists(pk) AND attribute_not_exists(completedAt)",
                Map.of(), AttributeValue.fromS(TableKeys.sortable(now)));
    }

    @Override
    public void release(ShiftRef shift, Instant now) {
        update(shift, "SET leaseUntil = :v", "attribute_exists(pk) AND attribute_not_exists(completedAt)",
                Map.of(), AttributeValue.fromS(TableKeys.sortable(now)));
    }

    /** One conditional update of the shift's item, with its one value as {@code :v}. */
    private void update(ShiftRef shift, String expression, String condition, Map<String, String> names, AttributeValue value) {
        UpdateItemRequest.Builder request = UpdateItemRequest.builder().tableName(table).key(key(shift))
                .updateExpression(expression).conditionExpression(condition).expressionAttributeValues(Map.of(":v", value));
        if (!names.isEmpty()) {
            request.expressionAttributeNames(names);
        }
        dynamo.updateItem(request.build());
    }

    private static Map<String, AttributeValue> key(ShiftRef shift) {
        return TableKeys.handoff(shift.teamId(), shift.rotationId(), shift.start(), shift.scheduledMemberId());
    }

    private static String name(Map<String, AttributeValue> item) {
        return item.get(TableKeys.PK).s() + "\n" + item.get(TableKeys.SK).s();
    }
}
