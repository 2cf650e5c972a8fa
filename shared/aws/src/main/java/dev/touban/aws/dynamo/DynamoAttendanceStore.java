package dev.touban.aws.dynamo;

import dev.touban.domain.attendance.AttendanceRecord;
import dev.touban.domain.attendance.AttendanceStore;
import dev.touban.domain.attendance.CheckIn;
import java.time.Instant;
import java.time.LocalDate;
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
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Attendance in the single table. Each write is one transaction that also records the
 * request key, so a retried Slack request fails its condition and replays the first answer.
 */
public final class DynamoAttendanceStore implements AttendanceStore {
    private final Supplier<DynamoDbClient> client;
    private final String table;

    public DynamoAttendanceStore(DynamoDbClient dynamo, String table) {
        this(() -> dynamo, table);
    }

    /** With a client supplied on first use (see {@code Lazy}): requests that never touch attendance never build it. */
    public DynamoAttendanceStore(Supplier<DynamoDbClient> dynamo, String table) {
        this.client = dynamo;
        this.table = table;
    }

    @Override
    public ClockInOutcome clockIn(CheckIn checkIn, String requestKey, String answer) {
        Map<String, AttributeValue> item = Item.of(TableKeys.openCheckIn(checkIn.memberId()))
                .s("type", "CHECKIN")
                .s("memberId", checkIn.memberId())
                .s("teamId", checkIn.teamId())
                .instant("start", checkIn.start())
                .s("note", checkIn.note())
                .build();
        try {
            DynamoRetry.DEFAULT.run("DynamoAttendanceStore", () -> client.get().transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                            .conditionExpression("attribute_not_exists(pk)")
                            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                            .build()).build(),
                    rememberRequest(requestKey, answer, checkIn.start())).build()));
            return new ClockInOutcome.Opened();
        } catch (TransactionCanceledException e) {
            if (!DynamoRetry.anyConditionFailed(e)) {
                throw e;
            }
            if (failed(e, 1)) {
                return new ClockInOutcome.Repeated(earlierAnswer(requestKey).orElse(answer));
            }
            CheckIn existing = openCheckIn(checkIn.memberId()).orElseThrow(() -> e);
            return new ClockInOutcome.AlreadyOpen(existing);
        }
    }

    @Override
    public Optional<CheckIn> openCheckIn(String memberId) {
        Map<String, AttributeValue> item = client.get().getItem(GetItemRequest.builder().tableName(table)
                .key(TableKeys.openCheckIn(memberId)).consistentRead(true).build()).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CheckIn(Item.s(item, "memberId"), Item.s(item, "teamId"),
                Item.instant(item, "start"), Item.s(item, "note")));
    }

    @Override
    public ClockOutOutcome clockOut(CheckIn open, AttendanceRecord record, String requestKey, String answer) {
        Map<String, AttributeValue> item = Item.of(TableKeys.attendance(record.teamId(), record.start(), record.memberId()))
                .with(TableKeys.memberAttendanceIndex(record.memberId(), record.start()))
                .s("type", "ATTENDANCE")
                .s("memberId", record.memberId())
                .s("teamId", record.teamId())
                .instant("start", record.start())
                .instant("end", record.end())
                .n("durationSeconds", record.duration().toSeconds())
                .s("day", record.day().toString())
                .bool("weekend", record.weekend())
                .s("note", record.note())
                .build();
        try {
            DynamoRetry.DEFAULT.run("DynamoAttendanceStore", () -> client.get().transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                    TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                            .key(TableKeys.openCheckIn(open.memberId()))
                            .conditionExpression("attribute_exists(pk) AND #start = :start")
                            .expressionAttributeNames(Map.of("#start", "start"))
                            .expressionAttributeValues(Map.of(":start", AttributeValue.fromS(TableKeys.sortable(open.start()))))
                            .build()).build(),
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                            .conditionExpression("attribute_not_exists(pk)").build()).build(),
                    rememberRequest(requestKey, answer, record.end())).build()));
            return new ClockOutOutcome.Closed();
        } catch (TransactionCanceledException e) {
            if (!DynamoRetry.anyConditionFailed(e)) {
                throw e;
            }
            if (failed(e, 2)) {
                return new ClockOutOutcome.Repeated(earlierAnswer(requestKey).orElse(answer));
            }
            return new ClockOutOutcome.NotOpen();
        }
    }

    @Override
    public Optional<String> earlierAnswer(String requestKey) {
        return Requests.answer(client.get(), table, requestKey);
    }

    @Override
    public List<AttendanceRecord> attendance(String teamId, Instant from, Instant to) {
        QueryRequest query = QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(TableKeys.attendancePartition(teamId)),
                        ":from", AttributeValue.fromS(TableKeys.sortable(from)),
                        // sort keys are {start}#{member}: the bare instant `to` sorts before every item that starts at `to`
                        ":to", AttributeValue.fromS(TableKeys.sortable(to))))
                .consistentRead(true)
                .build();
        List<AttendanceRecord> records = new ArrayList<>();
        for (Map<String, AttributeValue> item : QueryPages.items(client.get(), query)) {
            AttendanceRecord record = record(item);
            if (record.start().isBefore(to)) {
                records.add(record);
            }
        }
        return List.copyOf(records);
    }

    private static AttendanceRecord record(Map<String, AttributeValue> item) {
        return new AttendanceRecord(Item.s(item, "memberId"), Item.s(item, "teamId"), Item.instant(item, "start"),
                Item.instant(item, "end"), Item.s(item, "note"), LocalDate.parse(Item.s(item, "day")),
                Item.bool(item, "weekend"));
    }

    private TransactWriteItem rememberRequest(String requestKey, String answer, Instant now) {
        return Requests.remember(table, requestKey, answer, now);
    }

    private static boolean failed(TransactionCanceledException e, int index) {
        return DynamoRetry.conditionFailed(e, index);
    }
}
