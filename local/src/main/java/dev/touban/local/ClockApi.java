package dev.touban.local;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /local/clock} tells the runner's time; {@code POST /local/clock} with
 * {@code {"advance":"P7D"}} or {@code {"set":"2026-12-07T10:00:00+09:00"}} moves it and runs
 * every schedule that came due on the way, answering with what ran.
 */
final class ClockApi {
    private static final Duration MAX_MOVE = Duration.ofDays(400);

    private final LocalClock clock;
    private final LocalScheduler scheduler;

    ClockApi(LocalClock clock, LocalScheduler scheduler) {
        this.clock = clock;
        this.scheduler = scheduler;
    }

    void handle(HttpExchange exchange) throws IOException {
        if (exchange.getRequestMethod().equals("GET")) {
            send(exchange, 200, now(List.of()));
            return;
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            error(exchange, 405, "GET tells the time; POST {\"advance\":\"P7D\"} or {\"set\":\"2026-12-07T10:00:00+09:00\"} moves it");
            return;
        }
        Map<String, Object> body;
        try {
            body = JSON.std.mapFrom(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            error(exchange, 400, "the body must be JSON: {\"advance\":\"P7D\"} or {\"set\":\"2026-12-07T10:00:00+09:00\"}");
            return;
        }
        if (body == null || body.containsKey("advance") == body.containsKey("set")) {
            error(exchange, 400, "give exactly one of advance (an ISO-8601 duration such as P7D or PT90M) and set (an ISO-8601 time with offset)");
            return;
        }
        Instant target;
        try {
            target = body.containsKey("advance")
                    ? clock.instant().plus(Duration.parse(String.valueOf(body.get("advance"))))
                    : OffsetDateTime.parse(String.valueOf(body.get("set"))).toInstant();
        } catch (DateTimeParseException e) {
            error(exchange, 400, "cannot read " + body + ": advance takes a duration such as P7D or PT90M, set a time such as 2026-12-07T10:00:00+09:00");
            return;
        }
        if (Duration.between(clock.instant(), target).abs().compareTo(MAX_MOVE) > 0) {
            error(exchange, 400, "moves of more than " + MAX_MOVE.toDays() + " days at once are refused (every schedule on the way would run)");
            return;
        }
        List<Map<String, Object>> fired;
        try {
            fired = scheduler.moveTo(target);
        } catch (RuntimeException e) {
            // A failing source of due work stops the move where it was; the caller is told, never left without an answer.
            e.printStackTrace();
            error(exchange, 500, "the clock stopped at " + clock.instant() + ", short of " + target + ": " + e);
            return;
        }
        send(exchange, 200, now(fired));
    }

    private Map<String, Object> now(List<Map<String, Object>> fired) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("now", clock.instant().toString());
        out.put("epochSecond", clock.instant().getEpochSecond());
        out.put("fired", fired);
        return out;
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, Map.of("error", message));
    }

    private static void send(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        LambdaHttpBridge.send(exchange, status, Map.of("content-type", "application/json"), JSON.std.asString(body));
    }
}
