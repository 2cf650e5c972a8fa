package dev.touban.aws.notify;

import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/** Touban's EventBridge bus: events with source {@code touban} and a detail type such as {@code OnCallShiftStarted}. */
public final class EventBus {
    public static final String SOURCE = "touban";

    private final EventBridgeClient events;
    private final String busName;

    public EventBus(EventBridgeClient events, String busName) {
        this.events = events;
        this.busName = busName;
    }

    /** Puts one event; PutEvents reports a rejected entry in its answer, not as an error, so this checks it. */
    public String put(String detailType, String detailJson) {
        PutEventsResponse response = events.putEvents(r -> r.entries(e -> e.eventBusName(busName).source(SOURCE)
                .detailType(detailType).detail(detailJson)));
        PutEventsResultEntry entry = response.entries().getFirst();
        if (response.failedEntryCount() != null && response.failedEntryCount() > 0 || entry.errorCode() != null) {
            throw new IllegalStateException("EventBridge rejected " + detailType + ": " + entry.errorCode() + " " + entry.errorMessage());
        }
        return entry.eventId();
    }
}
