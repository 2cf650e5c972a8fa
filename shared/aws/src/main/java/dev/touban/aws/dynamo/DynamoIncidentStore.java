package dev.touban.aws.dynamo;

import static dev.touban.aws.dynamo.IncidentItems.NEXT_STEP;
import static dev.touban.aws.dynamo.IncidentItems.NEXT_STEP_AT;
import static dev.touban.aws.dynamo.IncidentItems.REPEATS;
import static dev.touban.aws.dynamo.IncidentItems.STATUS;
import static dev.touban.aws.dynamo.IncidentItems.VERSION;

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
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Incidents in the single table. Every state change is one conditional write on one item:
 * <ul>
 * <li>an alert's open-incident pointer ({@code ALERT#...}) is claimed with
 * {@code attribute_not_exists}, so of many simultaneous triggers one opens the incident
 * and the rest count repeats on it;</li>
 * <li>acknowledge, resolve and each escalation step are updates conditioned on the status
 * (and, for steps, on the version and step read), so exactly one caller wins each.</li>
 * </ul>
 * Timeline entries are written after the winning update; they never decide anything.
 */
public final class DynamoIncidentStore implements IncidentStore {
    /** A claim whose opener has not finished in this long is taken to have crashed. */
    static final Duration ABANDONED_CLAIM = Duration.ofSeconds(60);
    private static final int TRIGGER_ATTEMPTS = 200;
    /** Orders timeline entries written within the same millisecond by this process. */
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() * 1000);

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoIncidentStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public TriggerOutcome trigger(NewIncident incident, Instant now) {
        Map<String, AttributeValue> alertKey = TableKeys.openAlert(incident.scope(), incident.dedupKey());
        for (int attempt = 0; attempt < TRIGGER_ATTEMPTS; attempt++) {
            Map<String, AttributeValue> alert = getConsistent(alertKey);
            if (alert == null) {
                Optional<Incident> opened = tryOpen(alertKey, incident, now);
                if (opened.isPresent()) {
                    return new TriggerOutcome.Opened(opened.get());
                }
                continue;
            }
            if (alert.containsKey("incident")) {
                Optional<Incident> repeated = countRepeat(alertKey, Item.n(alert, "incident"));
                if (repeated.isPresent()) {
                    return new TriggerOutcome.Repeated(repeated.get());
                }
                continue;
            }
            if (Item.instant(alert, "claimedAt").plus(ABANDONED_CLAIM).isBefore(now)) {
                deleteIf(alertKey, "claim = :claim", Map.of(":claim", alert.get("claim")));
                continue;
            }
            pause(attempt);
        }
        throw new IllegalStateException("alert " + incident.scope() + "/" + incident.dedupKey() + " stayed contended over "
                + TRIGGER_ATTEMPTS + " attempts");
    }

    /** Claims the alert, numbers the incident, writes it, then points the alert at it. */
    private Optional<Incident> tryOpen(Map<String, AttributeValue> alertKey, NewIncident incident, Instant now) {
        AttributeValue claim = AttributeValue.fromS(UUID.randomUUID().toString());
        Map<String, AttributeValue> alert = Item.of(alertKey)
                .s("type", "ALERT")
                .s("scope", incident.scope())
                .s("dedupKey", incident.dedupKey())
                .instant("claimedAt", now)
                .build();
        Map<String, AttributeValue> claimed = new HashMap<>(alert);
        claimed.put("claim", claim);
        try {
            dynamo.putItem(PutItemRequest.builder().tableName(table)
                    .item(claimed).conditionExpression("attribute_not_exists(pk)").build());
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
        long number = nextNumber();
        Map<String, AttributeValue> item = IncidentItems.newIncident(number, incident, now);
        dynamo.putItem(PutItemRequest.builder().tableName(table).item(item).conditionExpression("attribute_not_exists(pk)").build());
        // the team's listing by time; its key is unique to this incident, so a rewrite changes nothing
        dynamo.putItem(PutItemRequest.builder().tableName(table).item(Item.of(TableKeys.teamIncident(incident.teamId(), now, number))
                .s("type", "TEAM_INCIDENT").n("incident", number).build()).build());
        record(number, TimelineEntry.of(now, Kind.TRIGGERED, incident.alert().source(), incident.alert().summary()));
        dynamo.updateItem(UpdateItemRequest.builder().tableName(table).key(alertKey)
                .updateExpression("SET incident = :n")
                .conditionExpression("claim = :claim")
                .expressionAttributeValues(Map.of(":n", AttributeValue.fromN(Long.toString(number)), ":claim", claim)).build());
        return Optional.of(IncidentItems.incident(item));
    }

    /** Counts a repeat on the open incident; empty when it was resolved meanwhile (its pointer is then cleared). */
    private Optional<Incident> countRepeat(Map<String, AttributeValue> alertKey, long number) {
        try {
            Map<String, AttributeValue> updated = dynamo.updateItem(UpdateItemRequest.builder().tableName(table)
                    .key(TableKeys.incident(number))
                    .updateExpression("ADD #repeats :one")
                    .conditionExpression("attribute_exists(pk) AND #status <> :resolved")
                    .expressionAttributeNames(Map.of("#repeats", REPEATS, "#status", STATUS))
                    .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"),
                            ":resolved", AttributeValue.fromS(IncidentStatus.RESOLVED.name())))
                    .returnValues(ReturnValue.ALL_NEW).build()).attributes();
            return Optional.of(IncidentItems.incident(updated));
        } catch (ConditionalCheckFailedException e) {
            deleteIf(alertKey, "incident = :n", Map.of(":n", AttributeValue.fromN(Long.toString(number))));
            return Optional.empty();
        }
    }

    private long nextNumber() {
        Map<String, AttributeValue> counter = dynamo.updateItem(UpdateItemRequest.builder().tableName(table)
                .key(TableKeys.incidentCounter())
                .updateExpression("ADD #n :one")
                .expressionAttributeNames(Map.of("#n", "n"))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))
                .returnValues(ReturnValue.UPDATED_NEW).build()).attributes();
        return Item.n(counter, "n");
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
    public boolean claimStep(Incident seen, int step, int nextStep, Instant nextStepAt, TimelineEntry entry) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":triggered", AttributeValue.fromS(IncidentStatus.TRIGGERED.name()),
                ":version", AttributeValue.fromN(Long.toString(seen.version())),
                ":step", AttributeValue.fromN(Integer.toString(step)),
                ":next", AttributeValue.fromN(Integer.toString(nextStep)),
                ":one", AttributeValue.fromN("1")));
        String update = "SET #nextStep = :next, #version = #version + :one";
        if (nextStepAt == null) {
            update += " REMOVE #nextStepAt";
        } else {
            update += ", #nextStepAt = :at";
            values.put(":at", AttributeValue.fromS(TableKeys.sortable(nextStepAt)));
        }
        String expression = update;
        boolean won = updateIf(seen.number(), expression,
                "#status = :triggered AND #version = :version AND #nextStep = :step", values,
                Map.of("#status", STATUS, "#version", VERSION, "#nextStep", NEXT_STEP, "#nextStepAt", NEXT_STEP_AT));
        if (won) {
            record(seen.number(), entry);
        }
        return won;
    }

    @Override
    public boolean rescheduleStep(Incident seen, Instant at, TimelineEntry entry) {
        boolean won = updateIf(seen.number(), "SET #nextStepAt = :at, #version = #version + :one",
                "#status = :triggered AND #version = :version AND attribute_exists(#nextStepAt)",
                Map.of(":at", AttributeValue.fromS(TableKeys.sortable(at)),
                        ":one", AttributeValue.fromN("1"),
                        ":triggered", AttributeValue.fromS(IncidentStatus.TRIGGERED.name()),
                        ":version", AttributeValue.fromN(Long.toString(seen.version()))),
                Map.of("#status", STATUS, "#version", VERSION, "#nextStepAt", NEXT_STEP_AT));
        if (won) {
            record(seen.number(), entry);
        }
        return won;
    }

    @Override
    public AckOutcome acknowledge(long number, Actor who, Instant now) {
        Map<String, AttributeValue> values = new HashMap<>(IncidentItems.actorValues("ack", who, now));
        values.put(":triggered", AttributeValue.fromS(IncidentStatus.TRIGGERED.name()));
        values.put(":acknowledged", AttributeValue.fromS(IncidentStatus.ACKNOWLEDGED.name()));
        values.put(":one", AttributeValue.fromN("1"));
        try {
            Map<String, AttributeValue> updated = dynamo.updateItem(UpdateItemRequest.builder().tableName(table)
                    .key(TableKeys.incident(number))
                    .updateExpression("SET #status = :acknowledged, #version = #version + :one, " + IncidentItems.actorAssignments("ack"))
                    .conditionExpression("#status = :triggered")
                    .expressionAttributeNames(Map.of("#status", STATUS, "#version", VERSION))
                    .expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_NEW)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).attributes();
            record(number, TimelineEntry.of(now, Kind.ACKNOWLEDGED, who.describe(), null));
            return new AckOutcome.Acknowledged(IncidentItems.incident(updated));
        } catch (ConditionalCheckFailedException e) {
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
        Map<String, AttributeValue> values = new HashMap<>(IncidentItems.actorValues("res", who, now));
        values.put(":resolved", AttributeValue.fromS(IncidentStatus.RESOLVED.name()));
        values.put(":one", AttributeValue.fromN("1"));
        Incident resolved;
        try {
            Map<String, AttributeValue> updated = dynamo.updateItem(UpdateItemRequest.builder().tableName(table)
                    .key(TableKeys.incident(number))
                    .updateExpression("SET #status = :resolved, #version = #version + :one, " + IncidentItems.actorAssignments("res")
                            + " REMOVE #gsiPk, #gsiSk")
                    .conditionExpression("attribute_exists(pk) AND #status <> :resolved")
                    .expressionAttributeNames(Map.of("#status", STATUS, "#version", VERSION,
                            "#gsiPk", TableKeys.GSI1_PK, "#gsiSk", TableKeys.GSI1_SK))
                    .expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_NEW)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).attributes();
            resolved = IncidentItems.incident(updated);
        } catch (ConditionalCheckFailedException e) {
            return current(number, e).<ResolveOutcome>map(ResolveOutcome.AlreadyResolved::new).orElse(new ResolveOutcome.NotFound());
        }
        // From here a trigger with the same dedup key opens a new incident.
        deleteIf(TableKeys.openAlert(resolved.scope(), resolved.dedupKey()), "incident = :n",
                Map.of(":n", AttributeValue.fromN(Long.toString(number))));
        record(number, TimelineEntry.of(now, Kind.RESOLVED, who.describe(), null));
        return new ResolveOutcome.Resolved(resolved);
    }

    @Override
    public void record(long number, TimelineEntry entry) {
        Map<String, AttributeValue> item = IncidentItems.timelineItem(number, entry, SEQUENCE.incrementAndGet());
        dynamo.putItem(PutItemRequest.builder().tableName(table).item(item).conditionExpression("attribute_not_exists(pk)").build());
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

    private boolean updateIf(long number, String update, String condition, Map<String, AttributeValue> values, Map<String, String> names) {
        try {
            dynamo.updateItem(UpdateItemRequest.builder().tableName(table).key(TableKeys.incident(number))
                    .updateExpression(update).conditionExpression(condition)
                    .expressionAttributeNames(names).expressionAttributeValues(values).build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private void deleteIf(Map<String, AttributeValue> key, String condition, Map<String, AttributeValue> values) {
        try {
            dynamo.deleteItem(DeleteItemRequest.builder().tableName(table)
                    .key(key).conditionExpression(condition).expressionAttributeValues(values).build());
        } catch (ConditionalCheckFailedException e) {
            // someone else already moved it on
        }
    }

    private Optional<Incident> current(long number, ConditionalCheckFailedException e) {
        if (e.hasItem() && e.item() != null && !e.item().isEmpty()) {
            return Optional.of(IncidentItems.incident(e.item()));
        }
        return get(number);
    }

    private Map<String, AttributeValue> getConsistent(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder().tableName(table)
                .key(key).consistentRead(true).build()).item();
        return item == null || item.isEmpty() ? null : item;
    }

    /** An opener is between its claim and its incident write: a few milliseconds. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(50, 5L * (attempt + 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while an alert was being opened", e);
        }
    }
}
