package dev.touban.aws.events;

import dev.touban.aws.http.Json;
import dev.touban.domain.export.ExportRequest;
import dev.touban.domain.export.ExportRequestRecords;
import dev.touban.domain.export.ExportRequests;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/**
 * Submits export requests: records the request in the table, then puts an "Export requested"
 * event (source {@code touban.slack}) on Touban's own bus that names only the request's id.
 * A rule in template.yaml invokes the spreadsheet sync function with it, asynchronously and
 * with retries; the function reads the request back and checks it again. Two calls, so the
 * Slack answer stays fast.
 */
public final class EventBridgeExportRequests implements ExportRequests {
    public static final String SOURCE = "touban.slack";
    public static final String DETAIL_TYPE = "Export requested";

    private final EventBridgeClient events;
    private final String busName;
    private final ExportRequestRecords records;
    private final Clock clock;

    public EventBridgeExportRequests(EventBridgeClient events, String busName, ExportRequestRecords records, Clock clock) {
        this.events = events;
        this.busName = busName;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void submit(ExportRequest request) {
        records.record(request, clock.instant());
        String json = Json.write(detail(request.requestId()));
        PutEventsResponse response = events.putEvents(r -> r.entries(e -> e.eventBusName(busName).source(SOURCE)
                .detailType(DETAIL_TYPE).detail(json)));
        if (response.failedEntryCount() != null && response.failedEntryCount() > 0) {
            throw new IllegalStateException("EventBridge refused the export request: " + response.entries().getFirst().errorMessage());
        }
    }

    /** What the event says: the id of the recorded request, nothing a receiver would have to trust. */
    public static Map<String, Object> detail(String requestId) {
        return Map.of("requestId", requestId);
    }
}
