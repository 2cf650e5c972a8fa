package dev.touban.aws.dynamo;

import dev.touban.domain.config.Layer;
import dev.touban.domain.rotation.OnCallOverride;
import dev.touban.domain.rotation.ScheduleChange;
import dev.touban.domain.rotation.ScheduleChangeStore;
import dev.touban.domain.rotation.ShiftSwap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Overrides and swaps in the single table, one item per change under the team's change
 * partition. Each write is one transaction with the request's idempotency record, as in
 * {@link DynamoAttendanceStore}: a retried Slack request replays the first answer.
 */
public final class DynamoScheduleChangeStore implements ScheduleChangeStore {
    /** Changes stay readable a year after they end, for reports on who was on call. */
    static final Duration KEEP_AFTER_END = Duration.ofDays(366);

    private final Supplier<DynamoDbClient> client;
    private final String table;

    public DynamoScheduleChangeStore(DynamoDbClient dynamo, String table) {
        this(() -> dynamo, table);
    }

    /** With the client built on first use, so a cold start that never reads changes never builds it. */
    public DynamoScheduleChangeStore(Supplier<DynamoDbClient> client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public AddOutcome add(ScheduleChange change, String requestKey, String answer) {
        try {
            DynamoRetry.DEFAULT.run("DynamoScheduleChangeStore", () -> client.get().transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(item(change))
                            .conditionExpression("attribute_not_exists(pk)").build()).build(),
                    Requests.remember(table, requestKey, answer, change.createdAt())).build()));
            return new AddOutcome.Added();
        } catch (TransactionCanceledException e) {
            if (!DynamoRetry.anyConditionFailed(e)) {
                throw e;
            }
            if (failed(e, 1)) {
                return new AddOutcome.Repeated(earlierAnswer(requestKey).orElse(answer));
            }
            return new AddOutcome.IdTaken();
        }
    }

    @Override
    public List<ScheduleChange> overlapping(String teamId, Instant from, Instant to) {
        QueryRequest query = QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk")
                .filterExpression("#end > :from AND #start < :to")
                .expressionAttributeNames(Map.of("#start", "start", "#end", "end"))
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(TableKeys.changePartition(teamId)),
                        ":from", AttributeValue.fromS(TableKeys.sortable(from)),
                        ":to", AttributeValue.fromS(TableKeys.sortable(to))))
                .consistentRead(true)
                .build();
        List<ScheduleChange> changes = new ArrayList<>();
        for (Map<String, AttributeValue> item : QueryPages.items(client.get(), query)) {
            ScheduleChange change = change(item);
            if (change.overlaps(from, to)) {
                changes.add(change);
            }
        }
        changes.sort(DynamoScheduleChangeStore::oldestFirst);
        return List.copyOf(changes);
    }

    private static int oldestFirst(ScheduleChange a, ScheduleChange b) {
        int byCreation = a.createdAt().compareTo(b.createdAt());
        return byCreation != 0 ? byCreation : a.id().compareTo(b.id());
    }

    @Override
    public Optional<ScheduleChange> find(String teamId, String changeId) {
        Map<String, AttributeValue> item = client.get().getItem(GetItemRequest.builder().tableName(table)
                .key(TableKeys.change(teamId, changeId)).consistentRead(true).build()).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(change(item));
    }

    @Override
    public RemoveOutcome remove(ScheduleChange change, String requestKey, String answer) {
        try {
            DynamoRetry.DEFAULT.run("DynamoScheduleChangeStore", () -> client.get().transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                    TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                            .key(TableKeys.change(change.teamId(), change.id()))
                            .conditionExpression("attribute_exists(pk)").build()).build(),
                    Requests.remember(table, requestKey, answer, change.createdAt())).build()));
            return new RemoveOutcome.Removed();
        } catch (TransactionCanceledException e) {
            if (!DynamoRetry.anyConditionFailed(e)) {
                throw e;
            }
            if (failed(e, 1)) {
                return new RemoveOutcome.Repeated(earlierAnswer(requestKey).orElse(answer));
            }
            return new RemoveOutcome.Gone();
        }
    }

    @Override
    public Optional<String> earlierAnswer(String requestKey) {
        return Requests.answer(client.get(), table, requestKey);
    }

    /** The stored form of a change (also written by an accepted swap proposal). */
    static Map<String, AttributeValue> item(ScheduleChange change) {
        Item item = Item.of(TableKeys.change(change.teamId(), change.id()))
                .s("type", "CHANGE")
                .s("kind", change.kind().name())
                .s("id", change.id())
                .s("teamId", change.teamId())
                .s("layer", change.layer().name())
                .s("createdBy", change.createdBy())
                .instant("createdAt", change.createdAt())
                .instant("start", change.start())
                .instant("end", change.end())
                .n(TableKeys.TTL, change.end().plus(KEEP_AFTER_END).getEpochSecond());
        switch (change) {
            case OnCallOverride o -> item.s("memberId", o.memberId()).instant("from", o.from()).instant("to", o.to());
            case ShiftSwap s -> item.s("firstMemberId", s.firstMemberId()).instant("firstFrom", s.firstFrom())
                    .instant("firstTo", s.firstTo()).s("secondMemberId", s.secondMemberId())
                    .instant("secondFrom", s.secondFrom()).instant("secondTo", s.secondTo());
        }
        return item.build();
    }

    static ScheduleChange change(Map<String, AttributeValue> item) {
        String id = Item.s(item, "id");
        String team = Item.s(item, "teamId");
        Layer layer = Layer.valueOf(Item.s(item, "layer"));
        String by = Item.s(item, "createdBy");
        Instant at = Item.instant(item, "createdAt");
        if ("SWAP".equals(Item.s(item, "kind"))) {
            return new ShiftSwap(id, team, layer, Item.s(item, "firstMemberId"), Item.instant(item, "firstFrom"),
                    Item.instant(item, "firstTo"), Item.s(item, "secondMemberId"), Item.instant(item, "secondFrom"),
                    Item.instant(item, "secondTo"), by, at);
        }
        return new OnCallOverride(id, team, layer, Item.s(item, "memberId"), Item.instant(item, "from"), Item.instant(item, "to"), by, at);
    }

    private static boolean failed(TransactionCanceledException e, int index) {
        return DynamoRetry.conditionFailed(e, index);
    }
}
