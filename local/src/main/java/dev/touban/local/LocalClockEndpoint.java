package dev.touban.local;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code GET /local/clock} shows the runner's clock; {@code POST /local/clock} moves it
 * ({@code {"advance":"PT5M"}} or {@code {"set":"2026-11-28T09:00:00Z"}}) and then lets
 * whatever waits on time catch up (due one-time schedules), reporting what fired.
 */
final class LocalClockEndpoint {
    private final LocalClock clock;
    private final List<Function<Instant, List<String>>> onMove = new ArrayList<>();

    LocalClockEndpoint(LocalClock clock) {
        this.clock = clock;
    }

    LocalClockEndpoint onMove(Function<Instant, List<String>> hook) {
        onMove.add(hook);
        return this;
    }

    void handle(HttpExchange exchange) throws IOException {
        Map<String, Object> answer = new LinkedHashMap<>();
        if (exchange.getRequestMethod().equals("POST")) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            try {
                Map<String, Object> request = body.isBlank() ? Map.of() : JSON.std.mapFrom(body);
                if (request.get("advance") instanceof String advance) {
                    clock.advance(Duration.parse(advance));
                } else if (request.get("set") instanceof String set) {
                    clock.set(Instant.parse(set));
                } else {
                    LambdaHttpBridge.send(exchange, 400, Map.of("content-type", "text/plain"),
                            "POST {\"advance\":\"PT5M\"} or {\"set\":\"2026-11-28T09:00:00Z\"}");
                    return;
                }
            } catch (IOException | DateTimeParseException e) {
                LambdaHttpBridge.send(exchange, 400, Map.of("content-type", "text/plain"), "not a duration or instant: " + e.getMessage());
                return;
            }
            List<String> fired = new ArrayList<>();
            Instant now = clock.instant();
            onMove.forEach(hook -> fired.addAll(hook.apply(now)));
            answer.put("fired", fired);
        } else if (!exchange.getRequestMethod().equals("GET")) {
            LambdaHttpBridge.send(exchange, 405, Map.of("content-type", "text/plain"), "GET or POST");
            return;
        }
        answer.put("now", clock.instant().toString());
        answer.put("epochSecond", clock.instant().getEpochSecond());
        LambdaHttpBridge.send(exchange, 200, Map.of("content-type", "application/json"), JSON.std.asString(answer));
    }
}
