package dev.touban.aws.events;

import dev.touban.aws.http.Json;
import dev.touban.domain.export.ExportRequest;
import dev.touban.domain.export.ExportRequests;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/**
 * Submits export requests as "Export requested" events (source {@code touban.slack}) on an
 * EventBridge bus; a rule in template.yaml invokes the spreadsheet sync function with them,
 * asynchronously and with retries. One PutEvents call, so the Slack answer stays fast.
 */
public final class EventBridgeExportRequests implements ExportRequests {
    public static final String SOURCE = "touban.slack";
    public static final String DETAIL_TYPE = "Export requested";

    private final EventBridgeClient events;
    private final String busName;

    public EventBridgeExportRequests(EventBridgeClient events, String busName) {
        this.events = events;
        this.busName = busName;
    }

    @Override
    public void submit(ExportRequest request) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("teamId", request.teamId());
        detail.put("month", request.month().toString());
        detail.put("requestedBy", request.requestedBy());
        detail.put("responseUrl", request.responseUrl());
        detail.put("requestId", request.requestId());
        String json = Json.write(detail);
        PutEventsResponse response = events.putEvents(r -> r.entries(e -> e.eventBusName(busName).source(SOURCE)
                .detailType(DETAIL_TYPE).detail(json)));
        if (response.failedEntryCount() != null && response.failedEntryCount() > 0) {
            throw new IllegalStateException("EventBridge refused the export request: " + response.entries().getFirst().errorMessage());
        }
    }
}
