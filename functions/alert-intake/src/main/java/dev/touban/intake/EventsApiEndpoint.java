package dev.touban.intake;

import dev.touban.aws.http.Json;
import dev.touban.aws.http.HttpRequest;
import dev.touban.aws.http.HttpResponse;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Service;
import dev.touban.domain.escalation.EscalationPolicy;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.RateLimit;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /v2/enqueue}, answering as PagerDuty's Events API v2 does: 202 with the dedup
 * key, 400 with every error for bad input (and nothing stored), 429 over the per-key rate
 * limit. Trigger opens an incident or counts a repeat of the open one; acknowledge and
 * resolve act on the open incident of that dedup key, and are accepted (202) when there is none.
 */
public final class EventsApiEndpoint {
    public static final String PATH = "/v2/enqueue";

    private final OncallConfig config;
    private final IncidentDesk desk;
    private final RateLimit rateLimit;

    public EventsApiEndpoint(OncallConfig config, IncidentDesk desk, RateLimit rateLimit) {
        this.config = config;
        this.desk = desk;
        this.rateLimit = rateLimit;
    }

    public HttpResponse handle(HttpRequest request, Instant now) {
        if (!request.method().equals("POST")) {
            return answer(405, Map.of("status", "invalid request", "message", "Events are POSTed to " + PATH));
        }
        EventsApiV2.Parsed parsed = EventsApiV2.parse(request.body());
        if (parsed instanceof EventsApiV2.Parsed.Invalid invalid) {
            return invalid(invalid.errors());
        }
        EventsApiV2.Event event = ((EventsApiV2.Parsed.Valid) parsed).event();
        Optional<Service> service = config.serviceByRoutingKey(event.routingKey());
        if (service.isEmpty()) {
            return invalid(List.of("'routing_key' does not belong to any service in oncall.yaml"));
        }
        Optional<EscalationPolicy> policy = config.policy(service.get().policyId());
        if (policy.isEmpty()) {
            return invalid(List.of("the service's escalation policy is missing from oncall.yaml"));
        }
        if (!rateLimit.allow("events:" + service.get().id(), now)) {
            return answer(429, Map.of("status", "throttle event",
                    "message", "Requests for this service are arriving too quickly. Please retry later."));
        }
        Service s = service.get();
        switch (event.action()) {
            case TRIGGER -> desk.trigger(new NewIncident(s.id(), event.dedupKey(), s.id(), policy.get().teamId(), policy.get().id(),
                    event.alert()), now);
            case ACKNOWLEDGE -> desk.openByDedup(s.id(), event.dedupKey())
                    .ifPresent(i -> desk.acknowledge(i.number(), actor(request), now));
            case RESOLVE -> desk.openByDedup(s.id(), event.dedupKey())
                    .ifPresent(i -> desk.resolve(i.number(), actor(request), now));
        }
        Map<String, Object> ok = new LinkedHashMap<>();
        ok.put("status", "success");
        ok.put("message", "Event processed");
        ok.put("dedup_key", event.dedupKey());
        return answer(202, ok);
    }

    /** Who acted through the Events API: the sending tool, as its User-Agent names it. */
    private static Actor actor(HttpRequest request) {
        String agent = request.header("user-agent");
        String name = agent == null || agent.isBlank() ? "Events API" : agent.split("[/ ]", 2)[0];
        return Actor.system(name.length() > 40 ? name.substring(0, 40) : name, "Events API");
    }

    private static HttpResponse invalid(List<String> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "invalid event");
        body.put("message", "Event object is invalid");
        body.put("errors", errors);
        return answer(400, body);
    }

    private static HttpResponse answer(int status, Map<String, Object> body) {
        return HttpResponse.json(status, Json.write(body));
    }
}
