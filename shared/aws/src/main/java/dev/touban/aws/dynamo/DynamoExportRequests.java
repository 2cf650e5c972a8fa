package dev.touban.aws.dynamo;

import dev.touban.domain.export.ExportRequest;
import dev.touban.domain.export.ExportRequestRecords;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Export requests in the table ({@link TableKeys#exportRequest}), written by the webhook, read by the exporter, gone after a day. */
public final class DynamoExportRequests implements ExportRequestRecords {
    static final Duration KEPT = Duration.ofDays(1);
    static final String TYPE = "EXPORT_REQUEST";

    private final Supplier<DynamoDbClient> dynamo;
    private final String table;

    public DynamoExportRequests(Supplier<DynamoDbClient> dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void record(ExportRequest request, Instant now) {
        Map<String, AttributeValue> item = Item.of(TableKeys.exportRequest(request.requestId()))
                .s("type", TYPE)
                .s("teamId", request.teamId())
                .s("month", request.month().toString())
                .s("requestedBy", request.requestedBy())
                .s("responseUrl", request.responseUrl())
                .instant("recordedAt", now)
                .n(TableKeys.TTL, now.plus(KEPT).getEpochSecond())
                .build();
        try {
            // A Slack retry of the same command records the same request: the first one stands.
            dynamo.get().putItem(p -> p.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
        } catch (ConditionalCheckFailedException e) {
            // already recorded
        }
    }

    @Override
    public Optional<ExportRequest> find(String requestId) {
        Map<String, AttributeValue> item = dynamo.get().getItem(g -> g.tableName(table).key(TableKeys.exportRequest(requestId))
                .consistentRead(true)).item();
        if (item == null || item.isEmpty() || !TYPE.equals(Item.s(item, "type"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ExportRequest(Item.s(item, "teamId"), YearMonth.parse(Item.s(item, "month")),
                    Item.s(item, "requestedBy"), Item.s(item, "responseUrl"), requestId));
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
