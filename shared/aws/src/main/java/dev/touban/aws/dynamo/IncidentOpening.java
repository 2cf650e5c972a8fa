package dev.touban.aws.dynamo;

import static dev.touban.aws.dynamo.IncidentItems.REPEATS;
import static dev.touban.aws.dynamo.IncidentItems.STATUS;

import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.IncidentStore.TriggerOutcome;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.TimelineEntry;
import dev.touban.domain.incident.TimelineEntry.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Opening an incident, or counting a repeat on the open one, for {@link DynamoIncidentStore}.
 * Opening is one transaction: the counter moves from the value read to the incident's number,
 * the alert's pointer is created ({@code attribute_not_exists}), and the incident, its team
 * listing and its first timeline entry are written. A round lost to another writer (the
 * number taken, the alert opened meanwhile) reads again after a jittered pause; no round
 * waits for another writer to finish, because nothing is ever half written.
 */
final class IncidentOpening {
    /** A pointer left without an incident by an earlier two-step opening is taken to be abandoned after this long. */
    static final Duration ABANDONED_CLAIM = Duration.ofSeconds(60);
    /** Rounds of read-then-transact an opening may lose to others before it gives up as busy. */
    static final int OPEN_ROUNDS = 25;

    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoRetry retry;
    private final BiFunction<Long, TimelineEntry, TransactWriteItem> timelinePut;

    IncidentOpening(DynamoDbClient dynamo, String table, DynamoRetry retry, BiFunction<Long, TimelineEntry, TransactWriteItem> timelinePut) {
        this.dynamo = dynamo;
        this.table = table;
        this.retry = retry;
        this.timelinePut = timelinePut;
    }

    TriggerOutcome trigger(NewIncident incident, Instant now) {
        Map<String, AttributeValue> alertKey = TableKeys.openAlert(incident.scope(), incident.dedupKey());
        for (int round = 0; round < OPEN_ROUNDS; round++) {
            if (round > 0) {
                retry.pause(round);
            }
            Map<String, AttributeValue> alert = getConsistent(alertKey);
            if (alert != null && alert.containsKey("incident")) {
                Optional<Incident> repeated = countRepeat(alertKey, Item.n(alert, "incident"));
                if (repeated.isPresent()) {
                    return new TriggerOutcome.Repeated(repeated.get());
                }
                continue;
            }
            if (alert != null) {
                if (Item.instant(alert, "claimedAt").plus(ABANDONED_CLAIM).isBefore(now)) {
                    deleteIf(alertKey, "claim = :claim", Map.of(":claim", alert.get("claim")));
                }
                continue;
            }
            Optional<Incident> opened = tryOpen(alertKey, incident, now);
            if (opened.isPresent()) {
                return new TriggerOutcome.Opened(opened.get());
            }
        }
        throw new DynamoBusyException("opening alert " + incident.scope() + "/" + incident.dedupKey(), OPEN_ROUNDS, null);
    }

    /**
     * Numbers the incident after the counter's current value and writes it, its pointer, its
     * team listing and its first entry in one transaction; empty when another opening took the
     * number or the alert first.
     */
    private Optional<Incident> tryOpen(Map<String, AttributeValue> alertKey, NewIncident incident, Instant now) {
        Map<String, AttributeValue> counter = getConsistent(TableKeys.incidentCounter());
        long current = counter == null || !counter.containsKey("n") ? 0 : Item.n(counter, "n");
        long number = current + 1;
        Map<String, AttributeValue> item = IncidentItems.newIncident(number, incident, now);
        // names this opening, so one whose answer was lost after it committed knows the incident is its own
        String opener = UUID.randomUUID().toString();
        Map<String, AttributeValue> pointer = Item.of(alertKey)
                .s("opener", opener)
                .s("type", "ALERT")
                .s("scope", incident.scope())
                .s("dedupKey", incident.dedupKey())
                .n("incident", number)
                .instant("openedAt", now)
                .build();
        Map<String, AttributeValue> counterValues = new HashMap<>(Map.of(":next", AttributeValue.fromN(Long.toString(number))));
        if (current > 0) {
            counterValues.put(":current", AttributeValue.fromN(Long.toString(current)));
        }
        List<TransactWriteItem> items = List.of(
                TransactWriteItem.builder().update(Update.builder().tableName(table).key(TableKeys.incidentCounter())
                        .updateExpression("SET #n = :next")
                        .conditionExpression(current > 0 ? "#n = :current" : "attribute_not_exists(#n)")
                        .expressionAttributeNames(Map.of("#n", "n"))
                        .expressionAttributeValues(counterValues).build()).build(),
                put(pointer, "attribute_not_exists(pk)"),
                put(item, "attribute_not_exists(pk)"),
                // the team's listing by time; its key is unique to this incident
                put(Item.of(TableKeys.teamIncident(incident.teamId(), now, number)).s("type", "TEAM_INCIDENT").n("incident", number).build(), null),
                timelinePut.apply(number, TimelineEntry.of(now, Kind.TRIGGERED, incident.alert().source(), incident.alert().summary())));
        try {
            transact("opening an incident for " + incident.scope() + "/" + incident.dedupKey(), items);
        } catch (TransactionCanceledException e) {
            if (!DynamoRetry.conditionFailed(e, 0) && !DynamoRetry.conditionFailed(e, 1)) {
                throw e;
            }
            Map<String, AttributeValue> written = getConsistent(alertKey);
            if (written == null || !opener.equals(Item.s(written, "opener"))) {
                return Optional.empty();
            }
        }
        return Optional.of(IncidentItems.incident(item));
    }

    /** Counts a repeat on the open incident; empty when it was resolved meanwhile (its pointer is then cleared). */
    private Optional<Incident> countRepeat(Map<String, AttributeValue> alertKey, long number) {
        try {
            Map<String, AttributeValue> updated = retry.call("counting a repeat of incident " + number, () -> dynamo.updateItem(
                    UpdateItemRequest.builder().tableName(table)
                    .key(TableKeys.incident(number))
                    .updateExpression("ADD #repeats :one")
                    .conditionExpression("attribute_exists(pk) AND #status <> :resolved")
                    .expressionAttributeNames(Map.of("#repeats", REPEATS, "#status", STATUS))
                    .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"),
                            ":resolved", AttributeValue.fromS(IncidentStatus.RESOLVED.name())))
                    .returnValues(ReturnValue.ALL_NEW).build()).attributes());
            return Optional.of(IncidentItems.incident(updated));
        } catch (ConditionalCheckFailedException e) {
            deleteIf(alertKey, "incident = :n", Map.of(":n", AttributeValue.fromN(Long.toString(number))));
            return Optional.empty();
        }
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition) {
        return Writes.put(table, item, condition);
    }

    private void transact(String what, List<TransactWriteItem> items) {
        Writes.transact(dynamo, retry, what, items);
    }

    private Map<String, AttributeValue> getConsistent(Map<String, AttributeValue> key) {
        return Writes.getConsistent(dynamo, retry, table, key);
    }

    private void deleteIf(Map<String, AttributeValue> key, String condition, Map<String, AttributeValue> values) {
        try {
            retry.run("clearing an alert pointer", () -> dynamo.deleteItem(DeleteItemRequest.builder().tableName(table)
                    .key(key).conditionExpression(condition).expressionAttributeValues(values).build()));
        } catch (ConditionalCheckFailedException e) {
            // someone else already moved it on
        }
    }
}
