package dev.touban.intake;

import dev.touban.aws.dynamo.DynamoBusyException;
import dev.touban.aws.http.HttpRequest;
import dev.touban.aws.http.HttpResponse;
import dev.touban.aws.http.Json;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.RoutingKeys;
import dev.touban.domain.config.Service;
import dev.touban.domain.escalation.EscalationPolicy;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.RateLimit;
import dev.touban.domain.text.CleanText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /v2/enqueue}, answering as PagerDuty's Events API v2 does: 202 with the dedup
 * key; 400 with every error for bad input, 415 for a body that is not JSON, 413 for one over
 * {@value EventsApiV2#MAX_BODY_BYTES} bytes (nothing stored for any of them); 429 with
 * {@code Retry-After} over a limit. Trigger opens an incident or counts a repeat of the open
 * one; acknowledge and resolve act on the open incident of that dedup key, and are accepted
 * (202) when there is none.
 *
 * <p>Checks are ordered by cost. A request without a known routing key is refused after one
 * hash and an in-memory count ({@code unauthenticated}, limited per instance), before any
 * read or write, so a flood of garbage cannot spend a service's quota. A known key then has
 * two quotas in DynamoDB: events that would open an incident, and events about one already
 * open (repeats, acknowledge, resolve), so a storm of one alert never takes the quota the
 * next, different alert needs.
 */
public final class EventsApiEndpoint {
    public static final String PATH = "/v2/enqueue";
    static final String UNAUTHENTICATED = "events:unauthenticated";

    private final OncallConfig config;
    private final IncidentDesk desk;
    private final RateLimit shared;
    private final RateLimit instance;
    private final IntakeSettings settings;

    /** {@code shared} counts per service for every instance (DynamoDB); {@code instance} counts unauthenticated requests in memory. */
    public EventsApiEndpoint(OncallConfig config, IncidentDesk desk, RateLimit shared, RateLimit instance, IntakeSettings settings) {
        this.config = config;
        this.desk = desk;
        this.shared = shared;
        this.instance = instance;
        this.settings = settings;
    }

    public HttpResponse handle(HttpRequest request, Instant now) {
        if (!request.method().equals("POST")) {
            return answer(405, Map.of("status", "invalid request", "message", "Events are POSTed to " + PATH));
        }
        if (!isJson(request.header("content-type"))) {
            return refused(415, "Unsupported media type", List.of("the body must be JSON, sent with Content-Type: application/json"));
        }
        int bytes = request.body().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > EventsApiV2.MAX_BODY_BYTES) {
            return refused(413, "Event too large", List.of("the event is " + bytes + " bytes; the limit is " + EventsApiV2.MAX_BODY_BYTES));
        }
        Map<String, Object> json;
        try {
            if (!(Json.parse(request.body()) instanceof Map<?, ?> map)) {
                return unauthenticated("The body must be a JSON object", now);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) map;
            json = object;
        } catch (Json.JsonException e) {
            return unauthenticated("The body is not valid JSON: " + CleanText.line(e.getMessage(), 200), now);
        }
        Object key = json.get("routing_key");
        if (!(key instanceof String routingKey) || routingKey.isBlank()) {
            return unauthenticated(key == null ? "'routing_key' is missing" : "'routing_key' must be a string", now);
        }
        Optional<Service> service = RoutingKeys.isWellFormed(routingKey) ? config.serviceByRoutingKey(routingKey) : Optional.empty();
        if (service.isEmpty()) {
            return unauthenticated("'routing_key' does not belong to any service in oncall.yaml", now);
        }
        if (!settings.exampleKeyAccepted() && RoutingKeys.sha256Hex(routingKey).equals(RoutingKeys.EXAMPLE_SHA256)) {
            return unauthenticated("'routing_key' is the published example key of oncall.example.yaml, which only the local runner "
                    + "accepts: make a key of your own with bin/touban-key", now);
        }
        return authenticated(service.get(), json, request, now);
    }

    private HttpResponse authenticated(Service s, Map<String, Object> json, HttpRequest request, Instant now) {
        Optional<EscalationPolicy> policy = config.policy(s.policyId());
        if (policy.isEmpty()) {
            return invalid(List.of("the service's escalation policy is missing from oncall.yaml"));
        }
        EventsApiV2.Parsed parsed = EventsApiV2.parse(json);
        if (parsed instanceof EventsApiV2.Parsed.Invalid invalid) {
            return invalid(invalid.errors());
        }
        EventsApiV2.Event event = ((EventsApiV2.Parsed.Valid) parsed).event();
        Optional<Incident> open = event.dedupKeyGiven() ? desk.openByDedup(s.id(), event.dedupKey()) : Optional.empty();
        boolean opens = event.action() == EventsApiV2.Action.TRIGGER && open.isEmpty();
        if (opens ? !shared.allow("events:" + s.id(), settings.eventsPerMinute(), now)
                : !shared.allow("events-open:" + s.id(), settings.openEventsPerMinute(), now)) {
            return throttled(now, "Events for this service are arriving too quickly. Please retry later.");
        }
        try {
            switch (event.action()) {
                case TRIGGER -> desk.trigger(new NewIncident(s.id(), event.dedupKey(), s.id(), policy.get().teamId(), policy.get().id(),
                        event.alert()), now);
                case ACKNOWLEDGE -> open.ifPresent(i -> desk.acknowledge(i.number(), actor(request), now));
                case RESOLVE -> open.ifPresent(i -> desk.resolve(i.number(), actor(request), now));
            }
        } catch (DynamoBusyException e) {
            // nothing was written: the sender retries, as it does any 5xx, and no answer pretends otherwise
            return new HttpResponse(503, Map.of("content-type", "application/json", "retry-after", "1"),
                    Json.write(Map.of("status", "busy", "message", "The event was not processed: storage is busy. Please retry.")));
        }
        Map<String, Object> ok = new LinkedHashMap<>();
        ok.put("status", "success");
        ok.put("message", "Event processed");
        ok.put("dedup_key", event.dedupKey());
        return answer(202, ok);
    }

    /** A request that proved no service: counted in memory, answered at once, and never reaching a table. */
    private HttpResponse unauthenticated(String error, Instant now) {
        if (!instance.allow(UNAUTHENTICATED, settings.unauthenticatedPerMinute(), now)) {
            return throttled(now, "Too many events without a known routing key. Please retry later.");
        }
        return invalid(List.of(error));
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json");
    }

    /** Who acted through the Events API: the sending tool, as its User-Agent names it. */
    private static Actor actor(HttpRequest request) {
        String agent = request.header("user-agent");
        String name = agent == null || agent.isBlank() ? "Events API" : agent.split("[/ ]", 2)[0];
        return Actor.system(CleanText.line(name, 40), "Events API");
    }

    private static HttpResponse throttled(Instant now, String message) {
        String body = Json.write(Map.of("status", "throttle event", "message", message));
        return new HttpResponse(429, Map.of("content-type", "application/json",
                "retry-after", Long.toString(RateLimit.retryAfter(now).toSeconds())), body);
    }

    private static HttpResponse invalid(List<String> errors) {
        return refused(400, "Event object is invalid", errors);
    }

    private static HttpResponse refused(int status, String message, List<String> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "invalid event");
        body.put("message", message);
        body.put("errors", errors);
        return answer(status, body);
    }

    private static HttpResponse answer(int status, Map<String, Object> body) {
        return HttpResponse.json(status, Json.write(body));
    }
}
