package dev.touban.aws.dynamo;

import dev.touban.domain.labor.DayOff;
import dev.touban.domain.labor.DayOffKind;
import dev.touban.domain.labor.DayOffStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Days off in the single table, one item per member and worked day under the team's day-off
 * partition. Each write is one transaction with the request's idempotency record, as in
 * {@link DynamoAttendanceStore}: a retried Slack request replays the first answer.
 */
public final class DynamoDayOffStore implements DayOffStore {
    private final Supplier<DynamoDbClient> client;
    private final String table;

    public DynamoDayOffStore(DynamoDbClient dynamo, String table) {
        this(() -> dynamo, table);
    }

    /** With the client built on first use, so a cold start that never records a day off never builds it. */
    public DynamoDayOffStore(Supplier<DynamoDbClient> client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public Outcome record(DayOff d, String requestKey, String answer) {
        Map<String, AttributeValue> item = Item.of(TableKeys.dayOff(d.teamId(), d.workedDay(), d.memberId()))
                .s("type", "DAYOFF")
                .s("memberId", d.memberId())
                .s("teamId", d.teamId())
                .s("workedDay", d.workedDay().toString())
                .s("dayOff", d.dayOff().toString())
                .s("kind", d.kind().name())
                .instant("recordedAt", d.recordedAt())
                .s("recordedBy", d.recordedBy())
                .build();
        try {
            client.get().transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                            .conditionExpression("attribute_not_exists(pk)").build()).build(),
                    Requests.remember(table, requestKey, answer, d.recordedAt())).build());
            return new Outcome.Recorded();
        } catch (TransactionCanceledException e) {
            if (failed(e, 1)) {
                return new Outcome.Repeated(earlierAnswer(requestKey).orElse(answer));
            }
            Map<String, AttributeValue> existing = client.get().getItem(GetItemRequest.builder().tableName(table)
                    .key(TableKeys.dayOff(d.teamId(), d.workedDay(), d.memberId())).consistentRead(true).build()).item();
            if (existing == null || existing.isEmpty()) {
                throw e;
            }
            return new Outcome.AlreadyRecorded(dayOff(existing));
        }
    }

    @Override
    public Optional<String> earlierAnswer(String requestKey) {
        return Requests.answer(client.get(), table, requestKey);
    }

    @Override
    public List<DayOff> dayOffs(String teamId, LocalDate from, LocalDate to) {
        QueryRequest query = QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(TableKeys.dayOffPartition(teamId)),
                        ":from", AttributeValue.fromS(TableKeys.dayOffSortKey(from)),
                        // {day}#{member} sorts after the bare day: the day after `to` bounds the range
                        ":to", AttributeValue.fromS(TableKeys.dayOffSortKey(to.plusDays(1)))))
                .consistentRead(true)
                .build();
        List<DayOff> out = new ArrayList<>();
        for (Map<String, AttributeValue> item : QueryPages.items(client.get(), query)) {
            DayOff d = dayOff(item);
            if (!d.workedDay().isAfter(to)) {
                out.add(d);
            }
        }
        return List.copyOf(out);
    }

    private static DayOff dayOff(Map<String, AttributeValue> item) {
        return new DayOff(Item.s(item, "memberId"), Item.s(item, "teamId"), LocalDate.parse(Item.s(item, "workedDay")),
                LocalDate.parse(Item.s(item, "dayOff")), DayOffKind.valueOf(Item.s(item, "kind")), Item.instant(item, "recordedAt"),
                Item.s(item, "recordedBy"));
    }

    private static boolean failed(TransactionCanceledException e, int index) {
        List<CancellationReason> reasons = e.cancellationReasons();
        return reasons != null && reasons.size() > index && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }
}
