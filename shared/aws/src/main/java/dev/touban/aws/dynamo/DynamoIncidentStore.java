package dev.touban.aws.dynamo;

import static dev.touban.aws.dynamo.IncidentItems.NEXT_STEP;
import static dev.touban.aws.dynamo.IncidentItems.NEXT_STEP_AT;
import static dev.touban.aws.dynamo.IncidentItems.STATUS;
import static dev.touban.aws.dynamo.IncidentItems.VERSION;

import dev.touban.domain.escalation.Delivery;
import dev.touban.domain.escalation.EscalationPlanner;
import dev.touban.domain.escalation.StepClaim;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.IncidentStore;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.TimelineEntry;
import dev.touban.domain.incident.TimelineEntry.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Incidents in the single table. Every state change is one conditional write or one
 * transaction, retried through {@link DynamoRetry} when DynamoDB is throttling or a
 * transaction conflicts (never mistaken for an answer):
 * <ul>
 * <li>opening an incident is one transaction: the alert's open-incident pointer
 * ({@code ALERT#...}, {@code attribute_not_exists}), the incident numbered from the counter
 * (conditioned on the value read), its team listing and its first timeline entry; of many
 * simultaneous triggers one opens the incident and the rest count repeats on it;</li>
 * <li>acknowledge, resolve and each escalation step are transactions conditioned on the
 * status (and, for steps, on the version and step read), with their timeline entries and,
 * for a step, the tier's deliveries (see {@link DynamoDeliveryLog}), so exactly one caller
 * wins each and nothing is half written.</li>
 * </ul>
 */
public final class DynamoIncidentStore implements IncidentStore {
    static final Duration ABANDONED_CLAIM = IncidentOpening.ABANDONED_CLAIM;
    private static final int SEQUENCE_COLLISIONS = 3;

    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoRetry retry;
    private final TimelineSequence sequence;
    private final DynamoDeliveryLog deliveries;
    private final IncidentOpening opening;

    public DynamoIncidentStore(DynamoDbClient dynamo, String table) {
        this(dynamo, table, DynamoRetry.DEFAULT);
    }

    public DynamoIncidentStore(DynamoDbClient dynamo, String table, DynamoRetry retry) {
        this(dynamo, table, retry, new TimelineSequence());
    }

    DynamoIncidentStore(DynamoDbClient dynamo, String table, DynamoRetry retry, TimelineSequence sequence) {
        this.dynamo = dynamo;
        this.table = table;
        this.retry = retry;
        this.sequence = sequence;
        this.deliveries = new DynamoDeliveryLog(dynamo, table, retry, this::timelinePut);
        this.opening = new IncidentOpening(dynamo, table, retry, this::timelinePut);
    }

    @Override
    public TriggerOutcome trigger(NewIncident incident, Instant now) {
        return opening.trigger(incident, now);
    }

    @Override
    public Optional<Incident> get(long number) {
        Map<String, AttributeValue> item = getConsistent(TableKeys.incident(number));
        return item == null ? Optional.empty() : Optional.of(IncidentItems.incident(item));
    }

    @Override
    public Optional<Incident> openByDedup(String scope, String dedupKey) {
        Map<String, AttributeValue> alert = getConsistent(TableKeys.openAlert(scope, dedupKey));
        if (alert == null || !alert.containsKey("incident")) {
            return Optional.empty();
        }
        return get(Item.n(alert, "incident")).filter(i -> i.status().isOpen());
    }

    @Override
    public List<Incident> open() {
        QueryRequest query = QueryRequest.builder().tableName(table).indexName(TableKeys.GSI1)
                .keyConditionExpression("#pk = :open")
                .expressionAttributeNames(Map.of("#pk", TableKeys.GSI1_PK))
                .expressionAttributeValues(Map.of(":open", AttributeValue.fromS(TableKeys.OPEN_INCIDENTS)))
                .build();
        List<Incident> open = new ArrayList<>();
        for (Map<String, AttributeValue> item : QueryPages.items(dynamo, query)) {
            Incident incident = IncidentItems.incident(item);
            if (incident.status().isOpen()) {
                open.add(incident);
            }
        }
        return List.copyOf(open);
    }

    @Override
    public List<Incident> triggeredBetween(String teamId, Instant from, Instant to) {
        QueryRequest query = QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(TableKeys.teamIncidentsPartition(teamId)),
                        ":from", AttributeValue.fromS(TableKeys.sortable(from)),
                        // sort keys are {triggered}#{n}: the bare instant `to` sorts before those triggered at `to`
                        ":to", AttributeValue.fromS(TableKeys.sortable(to))))
                .build();
        List<Incident> incidents = new ArrayList<>();
        for (Map<String, AttributeValue> item : QueryPages.items(dynamo, query)) {
            get(Item.n(item, "incident")).ifPresent(incidents::add);
        }
        return List.copyOf(incidents);
    }

    @Override
    public boolean claimStep(Incident seen, StepClaim claim) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":triggered", AttributeValue.fromS(IncidentStatus.TRIGGERED.name()),
                ":version", AttributeValue.fromN(Long.toString(seen.version())),
                ":step", AttributeValue.fromN(Integer.toString(claim.step())),
                ":next", AttributeValue.fromN(Integer.toString(claim.nextStep())),
                ":one", AttributeValue.fromN("1")));
        String update = "SET #nextStep = :next, #version = #version + :one";
        if (claim.nextStepAt() == null) {
            update += " REMOVE #nextStepAt, #duePk, #dueSk";
        } else {
            update += ", #nextStepAt = :at, #duePk = :duePk, #dueSk = :dueSk";
            values.put(":at", AttributeValue.fromS(TableKeys.sortable(claim.nextStepAt())));
            values.putAll(dueValues(claim.nextStepAt(), seen.number()));
        }
        Instant claimedAt = claim.entries().isEmpty() ? seen.triggeredAt() : claim.entries().get(0).at();
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().update(Update.builder().tableName(table).key(TableKeys.incident(seen.number()))
                .updateExpression(update)
                .conditionExpression("#status = :triggered AND #version = :version AND #nextStep = :step")
                .expressionAttributeNames(Map.of("#status", STATUS, "#version", VERSION, "#nextStep", NEXT_STEP,
                        "#nextStepAt", NEXT_STEP_AT, "#duePk", TableKeys.GSI2_PK, "#dueSk", TableKeys.GSI2_SK))
                .expressionAttributeValues(values).build()).build());
        for (TimelineEntry entry : claim.entries()) {
            items.add(timelinePut(seen.number(), entry));
        }
        for (Delivery d : claim.deliveries()) {
            items.add(put(DeliveryItems.item(d, claimedAt), "attribute_not_exists(pk)"));
        }
        return fenced("claiming step " + claim.step() + " of incident " + seen.number(), items);
    }

    @Override
    public boolean rescheduleStep(Incident seen, Instant at, TimelineEntry entry) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":at", AttributeValue.fromS(TableKeys.sortable(at)),
                ":one", AttributeValue.fromN("1"),
                ":triggered", AttributeValue.fromS(IncidentStatus.TRIGGERED.name()),
                ":version", AttributeValue.fromN(Long.toString(seen.version()))));
        values.putAll(dueValues(at, seen.number()));
        return fenced("rescheduling incident " + seen.number(), List.of(
                TransactWriteItem.builder().update(Update.builder().tableName(table).key(TableKeys.incident(seen.number()))
                        .updateExpression("SET #nextStepAt = :at, #version = #version + :one, #duePk = :duePk, #dueSk = :dueSk")
                        .conditionExpression("#status = :triggered AND #version = :version AND attribute_exists(#nextStepAt)")
                        .expressionAttributeNames(Map.of("#status", STATUS, "#version", VERSION, "#nextStepAt", NEXT_STEP_AT,
                                "#duePk", TableKeys.GSI2_PK, "#dueSk", TableKeys.GSI2_SK))
                        .expressionAttributeValues(values).build()).build(),
                timelinePut(seen.number(), entry)));
    }

    @Override
    public AckOutcome acknowledge(long number, Actor who, Instant now) {
        Map<String, AttributeValue> values = new HashMap<>(IncidentItems.actorValues("ack", who, now));
        values.put(":triggered", AttributeValue.fromS(IncidentStatus.TRIGGERED.name()));
        values.put(":acknowledged", AttributeValue.fromS(IncidentStatus.ACKNOWLEDGED.name()));
        values.put(":one", AttributeValue.fromN("1"));
        try {
            transact("acknowledging incident " + number, List.of(
                    TransactWriteItem.builder().update(Update.builder().tableName(table).key(TableKeys.incident(number))
                            .updateExpression("SET #status = :acknowledged, #version = #version + :one, " + IncidentItems.actorAssignments("ack")
                                    + " REMOVE #duePk, #dueSk")
                            .conditionExpression("#status = :triggered")
                            .expressionAttributeNames(Map.of("#status", STATUS, "#version", VERSION,
                                    "#duePk", TableKeys.GSI2_PK, "#dueSk", TableKeys.GSI2_SK))
                            .expressionAttributeValues(values)
                            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build(),
                    timelinePut(number, TimelineEntry.of(now, Kind.ACKNOWLEDGED, who.describe(), null))));
            return new AckOutcome.Acknowledged(get(number).orElseThrow());
        } catch (TransactionCanceledException e) {
            if (!DynamoRetry.conditionFailed(e, 0)) {
                throw e;
            }
            Optional<Incident> current = current(number, e);
            if (current.isEmpty()) {
                return new AckOutcome.NotFound();
            }
            return current.get().status() == IncidentStatus.RESOLVED
                    ? new AckOutcome.AlreadyResolved(current.get())
                    : new AckOutcome.AlreadyAcknowledged(current.get());
        }
    }

    @Override
    public ResolveOutcome resolve(long number, Actor who, Instant now) {
        Optional<Incident> open = get(number);
        if (open.isEmpty()) {
            return new ResolveOutcome.NotFound();
        }
        Map<String, AttributeValue> values = new HashMap<>(IncidentItems.actorValues("res", who, now));
        values.put(":resolved", AttributeValue.fromS(IncidentStatus.RESOLVED.name()));
        values.put(":one", AttributeValue.fromN("1"));
        try {
            transact("resolving incident " + number, List.of(
                    TransactWriteItem.builder().update(Update.builder().tableName(table).key(TableKeys.incident(number))
                            .updateExpression("SET #status = :resolved, #version = #version + :one, " + IncidentItems.actorAssignments("res")
                                    + " REMOVE #gsiPk, #gsiSk, #duePk, #dueSk")
                            .conditionExpression("attribute_exists(pk) AND #status <> :resolved")
                            .expressionAttributeNames(Map.of("#status", STATUS, "#version", VERSION,
                                    "#gsiPk", TableKeys.GSI1_PK, "#gsiSk", TableKeys.GSI1_SK,
                                    "#duePk", TableKeys.GSI2_PK, "#dueSk", TableKeys.GSI2_SK))
                            .expressionAttributeValues(values)
                            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build(),
                    // from here a trigger with the same dedup key opens a new incident
                    TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                            .key(TableKeys.openAlert(open.get().scope(), open.get().dedupKey()))
                            .conditionExpression("attribute_not_exists(incident) OR incident = :n")
                            .expressionAttributeValues(Map.of(":n", AttributeValue.fromN(Long.toString(number)))).build()).build(),
                    timelinePut(number, TimelineEntry.of(now, Kind.RESOLVED, who.describe(), null))));
        } catch (TransactionCanceledException e) {
            if (!DynamoRetry.conditionFailed(e, 0)) {
                throw e;
            }
            return current(number, e).<ResolveOutcome>map(ResolveOutcome.AlreadyResolved::new).orElse(new ResolveOutcome.NotFound());
        }
        return new ResolveOutcome.Resolved(get(number).orElseThrow());
    }

    @Override
    public void record(long number, TimelineEntry entry) {
        for (int collision = 0; ; collision++) {
            Map<String, AttributeValue> item = IncidentItems.timelineItem(number, entry, sequence.next());
            try {
                retry.run("recording on incident " + number, () -> dynamo.putItem(PutItemRequest.builder().tableName(table).item(item)
                        .conditionExpression("attribute_not_exists(pk)").build()));
                return;
            } catch (ConditionalCheckFailedException e) {
                if (collision + 1 >= SEQUENCE_COLLISIONS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public List<Delivery> deliveries(long number) {
        return deliveries.deliveries(number);
    }

    @Override
    public Take takeDelivery(Delivery delivery, Instant now) {
        return deliveries.take(delivery, now);
    }

    @Override
    public void settleDelivery(Delivery delivery, Delivery.State state, Instant retryAt, TimelineEntry entry) {
        deliveries.settle(delivery, state, retryAt, entry);
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return deliveries.due(now, limit);
    }

    @Override
    public List<TimelineEntry> timeline(long number) {
        return queryPrefix(number, TableKeys.TIMELINE_PREFIX).stream().map(IncidentItems::timelineEntry).toList();
    }

    @Override
    public Map<String, String> slackMessages(long number) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (Map<String, AttributeValue> item : queryPrefix(number, TableKeys.SLACK_MESSAGE_PREFIX)) {
            messages.put(Item.s(item, "channel"), Item.s(item, "ts"));
        }
        return messages;
    }

    @Override
    public void rememberSlackMessage(long number, String channel, String ts) {
        Map<String, AttributeValue> item = Item.of(TableKeys.slackMessage(number, channel))
                .s("type", "SLACK_MESSAGE").s("channel", channel).s("ts", ts).build();
        dynamo.putItem(PutItemRequest.builder().tableName(table).item(item).build());
    }

    private List<Map<String, AttributeValue>> queryPrefix(long number, String prefix) {
        QueryRequest query = QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(TableKeys.incidentPartition(number)),
                        ":prefix", AttributeValue.fromS(prefix)))
                .consistentRead(true)
                .build();
        return QueryPages.items(dynamo, query);
    }

    private Optional<Incident> current(long number, TransactionCanceledException e) {
        CancellationReason fence = e.hasCancellationReasons() && !e.cancellationReasons().isEmpty() ? e.cancellationReasons().get(0) : null;
        if (fence != null && fence.hasItem() && !fence.item().isEmpty()) {
            return Optional.of(IncidentItems.incident(fence.item()));
        }
        return get(number);
    }

    private Map<String, AttributeValue> getConsistent(Map<String, AttributeValue> key) {
        return Writes.getConsistent(dynamo, retry, table, key);
    }

    /** The sweep's index values of an incident whose next step is due at {@code at}: it is overdue a minute later. */
    private static Map<String, AttributeValue> dueValues(Instant at, long number) {
        Map<String, AttributeValue> due = TableKeys.dueIndex(at.plus(EscalationPlanner.OVERDUE_AFTER), number, null);
        return Map.of(":duePk", due.get(TableKeys.GSI2_PK), ":dueSk", due.get(TableKeys.GSI2_SK));
    }

    /** A timeline entry as one item of a transaction (its key unique: see {@link TimelineSequence}). */
    TransactWriteItem timelinePut(long number, TimelineEntry entry) {
        return put(IncidentItems.timelineItem(number, entry, sequence.next()), "attribute_not_exists(pk)");
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition) {
        return Writes.put(table, item, condition);
    }

    private void transact(String what, List<TransactWriteItem> items) {
        Writes.transact(dynamo, retry, what, items);
    }

    /** Runs a transaction whose first item is the fence: false when the fence's condition failed. */
    private boolean fenced(String what, List<TransactWriteItem> items) {
        try {
            transact(what, items);
            return true;
        } catch (TransactionCanceledException e) {
            if (DynamoRetry.conditionFailed(e, 0)) {
                return false;
            }
            throw e;
        }
    }
}
