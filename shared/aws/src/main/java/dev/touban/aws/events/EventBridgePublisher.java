package dev.touban.aws.events;

import dev.touban.aws.http.Json;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/** Puts one event on a bus and fails loudly when EventBridge did not take it. */
final class EventBridgePublisher {
    private final EventBridgeClient events;
    private final String bus;
    private final String source;

    EventBridgePublisher(EventBridgeClient events, String bus, String source) {
        this.events = events;
        this.bus = bus;
        this.source = source;
    }

    void put(String detailType, Map<String, Object> detail, Instant at) {
        String json = Json.write(detail);
        PutEventsRequestEntry entry = PutEventsRequestEntry.builder().eventBusName(bus).source(source)
                .detailType(detailType).detail(json).time(at).build();
        PutEventsResponse response = events.putEvents(PutEventsRequest.builder().entries(entry).build());
        if (response.failedEntryCount() != null && response.failedEntryCount() > 0) {
            var refused = response.entries().get(0);
            throw new IllegalStateException("EventBridge refused " + detailType + ": " + refused.errorCode() + " " + refused.errorMessage());
        }
    }
}
