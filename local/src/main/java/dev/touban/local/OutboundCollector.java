package dev.touban.local;

import dev.touban.testing.EventCapture;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Brings the EventBridge events the handlers put on the bus (caught by a rule on it) into the
 * {@link Outbox}. Slack calls reach the outbox on their own through the {@link SlackApiRecorder},
 * SNS publishes through {@link SnsOutbox}.
 */
final class OutboundCollector {
    private final String busName;
    private final EventCapture events;
    private final Outbox outbox;
    private final Clock clock;

    OutboundCollector(String busName, EventCapture events, Outbox outbox, Clock clock) {
        this.busName = busName;
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
    }

    synchronized void collect() {
        for (Map<String, Object> e : events.drain()) {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("eventBusName", busName);
            message.put("source", e.get("source"));
            message.put("detailType", e.get("detail-type"));
            message.put("detail", e.get("detail"));
            message.put("id", e.get("id"));
            outbox.add("eventbridge:" + e.get("detail-type"), clock.instant(), message);
        }
    }
}
