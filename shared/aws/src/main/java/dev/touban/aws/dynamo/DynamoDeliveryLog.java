package dev.touban.aws.dynamo;

import static dev.touban.aws.dynamo.DeliveryItems.ATTEMPTS;
import static dev.touban.aws.dynamo.DeliveryItems.LEASE_UNTIL;
import static dev.touban.aws.dynamo.DeliveryItems.NOT_BEFORE;
import static dev.touban.aws.dynamo.DeliveryItems.STATE;

import dev.touban.domain.escalation.Delivery;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.IncidentStore.Take;
import dev.touban.domain.incident.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The delivery log of {@link DynamoIncidentStore}: taking a delivery (a lease, fenced on the
 * incident still being triggered), settling it with its timeline entry in one transaction,
 * and reading the sweep's sparse index.
 */
final class DynamoDeliveryLog {
    private static final int DUE_PAGE = 100;

    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoRetry retry;
    private final BiFunction<Long, TimelineEntry, TransactWriteItem> timelinePut;

    DynamoDeliveryLog(DynamoDbClient dynamo, String table, DynamoRetry retry, BiFunction<Long, TimelineEntry, TransactWriteItem> timelinePut) {
        this.dynamo = dynamo;
        this.table = table;
        this.retry = retry;
        this.timelinePut = timelinePut;
    }

    List<Delivery> deliveries(long number) {
        QueryRequest query = QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(TableKeys.incidentPartition(number)),
                        ":prefix", AttributeValue.fromS(TableKeys.DELIVERY_PREFIX)))
                .consistentRead(true)
                .build();
        List<Map<String, AttributeValue>> items = retry.call("reading the deliveries of incident " + number,
                () -> QueryPages.items(dynamo, query));
        List<Delivery> deliveries = new ArrayList<>(items.size());
        for (Map<String, AttributeValue> item : items) {
            deliveries.add(DeliveryItems.delivery(item));
        }
        return deliveries;
    }

    Take take(Delivery d, Instant now) {
        Instant lease = now.plus(Delivery.LEASE);
        Map<String, AttributeValue> due = TableKeys.dueIndex(lease, d.incident(), DeliveryItems.part(d));
        TransactWriteItem stillTriggered = TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table)
                .key(TableKeys.incident(d.incident()))
                .conditionExpression("#status = :triggered")
                .expressionAttributeNames(Map.of("#status", IncidentItems.STATUS))
                .expressionAttributeValues(Map.of(":triggered", AttributeValue.fromS(IncidentStatus.TRIGGERED.name())))
                .build()).build();
        TransactWriteItem lease90 = TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(TableKeys.delivery(d.incident(), d.step(), d.index()))
                .updateExpression("SET #lease = :lease, #attempts = #attempts + :one, #gsiSk = :due")
                // the attempts read fence the take: a sender that read a stale copy takes nothing
                .conditionExpression("#state = :pending AND #attempts = :seen AND #notBefore <= :now AND (attribute_not_exists(#lease) OR #lease <= :now)")
                .expressionAttributeNames(Map.of("#lease", LEASE_UNTIL, "#attempts", ATTEMPTS, "#gsiSk", TableKeys.GSI2_SK,
                        "#state", STATE, "#notBefore", NOT_BEFORE))
                .expressionAttributeValues(Map.of(
                        ":lease", AttributeValue.fromS(TableKeys.sortable(lease)),
                        ":one", AttributeValue.fromN("1"),
                        ":seen", AttributeValue.fromN(Integer.toString(d.attempts())),
                        ":due", due.get(TableKeys.GSI2_SK),
                        ":pending", AttributeValue.fromS(Delivery.State.PENDING.name()),
                        ":now", AttributeValue.fromS(TableKeys.sortable(now))))
                .build()).build();
        try {
            transact("taking " + d.describe() + " of incident " + d.incident(), List.of(stillTriggered, lease90));
        } catch (TransactionCanceledException e) {
            if (DynamoRetry.conditionFailed(e, 0)) {
                return new Take.Stopped();
            }
            if (DynamoRetry.conditionFailed(e, 1)) {
                return new Take.Elsewhere();
            }
            throw e;
        }
        return new Take.Taken(new Delivery(d.incident(), d.step(), d.index(), d.channel(), d.to(), d.tierIndex(), d.pass(),
                Delivery.State.PENDING, d.attempts() + 1, d.notBefore(), lease));
    }

    void settle(Delivery d, Delivery.State state, Instant retryAt, TimelineEntry entry) {
        Map<String, String> names = new HashMap<>(Map.of("#state", STATE, "#lease", LEASE_UNTIL,
                "#gsiPk", TableKeys.GSI2_PK, "#gsiSk", TableKeys.GSI2_SK));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":state", AttributeValue.fromS(state.name()),
                ":pending", AttributeValue.fromS(Delivery.State.PENDING.name())));
        String update;
        if (state == Delivery.State.PENDING) {
            if (retryAt == null) {
                throw new IllegalArgumentException("a delivery pending again needs the time to retry it");
            }
            names.remove("#gsiPk");
            names.put("#notBefore", NOT_BEFORE);
            values.put(":retry", AttributeValue.fromS(TableKeys.sortable(retryAt)));
            values.put(":due", TableKeys.dueIndex(retryAt, d.incident(), DeliveryItems.part(d)).get(TableKeys.GSI2_SK));
            update = "SET #state = :state, #notBefore = :retry, #gsiSk = :due REMOVE #lease";
        } else {
            update = "SET #state = :state REMOVE #lease, #gsiPk, #gsiSk";
        }
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(TableKeys.delivery(d.incident(), d.step(), d.index()))
                .updateExpression(update).conditionExpression("#state = :pending")
                .expressionAttributeNames(names).expressionAttributeValues(values).build()).build());
        if (entry != null) {
            items.add(timelinePut.apply(d.incident(), entry));
        }
        try {
            transact("settling " + d.describe() + " of incident " + d.incident(), items);
        } catch (TransactionCanceledException e) {
            if (!DynamoRetry.conditionFailed(e, 0)) {
                throw e;
            }
            // settled meanwhile by another sender whose lease this one outlived: what this one did still goes on the timeline
            if (entry != null) {
                transact("recording " + d.describe() + " of incident " + d.incident(), List.of(timelinePut.apply(d.incident(), entry)));
            }
        }
    }

    /** Distinct incidents with an index entry due at {@code now}, most overdue first, at most {@code limit}. */
    List<Long> due(Instant now, int limit) {
        Set<Long> incidents = new LinkedHashSet<>();
        QueryRequest query = QueryRequest.builder().tableName(table).indexName(TableKeys.GSI2)
                .keyConditionExpression("#pk = :due AND #sk < :upTo")
                .expressionAttributeNames(Map.of("#pk", TableKeys.GSI2_PK, "#sk", TableKeys.GSI2_SK))
                .expressionAttributeValues(Map.of(":due", AttributeValue.fromS(TableKeys.DUE),
                        ":upTo", AttributeValue.fromS(TableKeys.dueUpTo(now))))
                .limit(DUE_PAGE)
                .build();
        QueryRequest next = query;
        while (next != null && incidents.size() < limit) {
            QueryRequest page = next;
            QueryResponse response = retry.call("reading the sweep's index", () -> dynamo.query(page));
            for (Map<String, AttributeValue> key : response.items()) {
                incidents.add(TableKeys.incidentNumber(key));
                if (incidents.size() >= limit) {
                    break;
                }
            }
            next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? query.toBuilder().exclusiveStartKey(response.lastEvaluatedKey()).build() : null;
        }
        return List.copyOf(incidents);
    }

    private void transact(String what, List<TransactWriteItem> items) {
        Writes.transact(dynamo, retry, what, items);
    }
}
