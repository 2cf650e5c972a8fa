package dev.touban.intake;

import dev.touban.aws.http.HttpRequest;
import dev.touban.aws.http.HttpResponse;
import dev.touban.aws.http.Json;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.RoutingKeys;
import dev.touban.domain.heartbeat.Heartbeat;
import dev.touban.domain.heartbeat.HeartbeatWatch;
import dev.touban.domain.incident.RateLimit;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code GET|POST /heartbeat/{key}}: a monitor saying it is alive. Any body is accepted and
 * ignored, so Alertmanager's {@code webhook_configs} can point here for its Watchdog alert.
 * 200 when recorded; 404 for a key of no heartbeat; 405 for other methods; 429 with
 * {@code Retry-After} over a limit.
 *
 * <p>As on the Events API, an unknown key costs one hash and an in-memory count before any
 * table work; a known key is limited in memory too ({@value #PINGS_PER_MINUTE} a minute per
 * instance, far above any sane interval), so a ping is one UpdateItem, and a second write only
 * when it ends a miss.
 */
public final class HeartbeatEndpoint {
    public static final String PREFIX = "/heartbeat/";
    static final int PINGS_PER_MINUTE = 60;

    private final OncallConfig config;
    private final Supplier<HeartbeatWatch> watch;
    private final RateLimit instance;
    private final IntakeSettings settings;

    public HeartbeatEndpoint(OncallConfig config, Supplier<HeartbeatWatch> watch, RateLimit instance, IntakeSettings settings) {
        this.config = config;
        this.watch = watch;
        this.instance = instance;
        this.settings = settings;
    }

    public HttpResponse handle(HttpRequest request, Instant now) {
        if (!request.method().equals("POST") && !request.method().equals("GET")) {
            return answer(405, "refused", "Heartbeats are pinged with POST or GET " + PREFIX + "{key}");
        }
        String key = request.path().substring(PREFIX.length());
        Optional<Heartbeat> heartbeat = RoutingKeys.isWellFormed(key) ? config.heartbeatByKey(key) : Optional.empty();
        if (heartbeat.isEmpty()) {
            return unknown(now);
        }
        if (!settings.exampleKeyAccepted() && RoutingKeys.isExample(key)) {
            return unknown(now);
        }
        Heartbeat h = heartbeat.get();
        if (!instance.allow("heartbeat:" + h.label(), PINGS_PER_MINUTE, now)) {
            return throttled(now, "Pings for this heartbeat are arriving too quickly. Please retry later.");
        }
        HeartbeatWatch.Pinged pinged = watch.get().ping(h, now);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("heartbeat", h.label());
        body.put("lastPingAt", pinged.state().lastPingAt() == null ? null : pinged.state().lastPingAt().toString());
        if (pinged.resolved() != null) {
            body.put("resolved", pinged.resolved());
        }
        return HttpResponse.json(200, Json.write(body));
    }

    /** A key that proved no heartbeat: counted in memory, answered at once, never reaching a table. */
    private HttpResponse unknown(Instant now) {
        if (!instance.allow(EventsApiEndpoint.UNAUTHENTICATED, settings.unauthenticatedPerMinute(), now)) {
            return throttled(now, "Too many pings without a known heartbeat key. Please retry later.");
        }
        return answer(404, "unknown", "No heartbeat has this key. bin/touban-key makes one; oncall.yaml lists its keySha256.");
    }

    private static HttpResponse throttled(Instant now, String message) {
        HttpResponse json = answer(429, "throttled", message);
        return new HttpResponse(429, Map.of("content-type", "application/json",
                "retry-after", Long.toString(RateLimit.retryAfter(now).toSeconds())), json.body());
    }

    private static HttpResponse answer(int status, String outcome, String message) {
        return HttpResponse.json(status, Json.write(Map.of("status", outcome, "message", message)));
    }
}
