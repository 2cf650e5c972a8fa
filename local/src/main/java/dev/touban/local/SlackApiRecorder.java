package dev.touban.local;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stands in for slack.com/api locally: records every call in the {@link Outbox} and answers
 * as Slack does (a ts for posts, a DM channel for conversations.open). Also takes the posts
 * made to response_url.
 */
final class SlackApiRecorder {
    static final String API_PATH = "/slack-api/";
    static final String RESPONSE_PATH = "/local/response";

    private final Outbox outbox;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    SlackApiRecorder(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring(API_PATH.length());
        Map<String, Object> request = body(exchange);
        request.put("authorization", exchange.getRequestHeaders().getFirst("Authorization") == null ? "none" : "bearer");
        outbox.add("slack:" + method, clock.instant(), request);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ok", true);
        switch (method) {
            case "chat.postMessage", "chat.update" -> {
                answer.put("channel", request.get("channel"));
                answer.put("ts", request.containsKey("ts") ? request.get("ts")
                        : clock.instant().getEpochSecond() + "." + String.format("%06d", sequence.incrementAndGet()));
            }
            case "conversations.open" -> answer.put("channel", Map.of("id", "D" + request.get("users")));
            default -> { }
        }
        LambdaHttpBridge.send(exchange, 200, Map.of("content-type", "application/json"), JSON.std.asString(answer));
    }

    void response(HttpExchange exchange) throws IOException {
        outbox.add("slack:response_url", clock.instant(), body(exchange));
        LambdaHttpBridge.send(exchange, 200, Map.of("content-type", "text/plain"), "ok");
    }

    private static Map<String, Object> body(HttpExchange exchange) throws IOException {
        String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, Object> map = new LinkedHashMap<>();
        if (text.startsWith("{")) {
            map.putAll(JSON.std.mapFrom(text));
        } else if (!text.isEmpty()) {
            map.put("raw", text);
        }
        return map;
    }
}
