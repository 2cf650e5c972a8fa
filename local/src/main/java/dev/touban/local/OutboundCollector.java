package dev.touban.local;

import dev.touban.testing.EventCapture;
import dev.touban.testing.SnsNotifications;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Brings what the handlers sent to AWS into the {@link Outbox}: SNS publishes from moto's
 * record ({@code /moto-api/data.json}) and EventBridge events caught by a rule on the bus.
 * Slack calls reach the outbox on their own through the {@link SlackApiRecorder}.
 */
final class OutboundCollector {
    private final URI motoData;
    private final String busName;
    private final EventCapture events;
    private final Outbox outbox;
    private final Clock clock;
    private final Set<Object> seenSns = new HashSet<>();

    OutboundCollector(URI awsEndpoint, String busName, EventCapture events, Outbox outbox, Clock clock) {
        this.motoData = awsEndpoint.resolve("/moto-api/data.json");
        this.busName = busName;
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
    }

    synchronized void collect() {
        String data = fetch();
        if (data != null) {
            for (Map<String, Object> n : SnsNotifications.from(data)) {
                if (seenSns.add(n.get("messageId"))) {
                    outbox.add("sns:publish", clock.instant(), n);
                }
            }
        }
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

    /** moto's record; another emulator (LocalStack) has none, and then only Slack and EventBridge show. */
    private String fetch() {
        try {
            HttpURLConnection c = (HttpURLConnection) motoData.toURL().openConnection();
            c.setConnectTimeout(2000);
            c.setReadTimeout(10000);
            if (c.getResponseCode() != 200) {
                return null;
            }
            return new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
