package dev.touban.tools.verify;

import dev.touban.aws.dynamo.DynamoIncidentStore;
import dev.touban.aws.http.Json;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Service;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The canary (CANARY=1): triggers an incident through {@code /v2/enqueue} as monitoring would,
 * waits until the table holds it open, resolves it through the same API and waits until it is
 * resolved. It pages the first tier of the service's policy once, so point the routing key at
 * a service whose policy pages a test channel.
 */
final class Canary {
    static final String NAME = "canary incident";

    /** Waits between polls; tests against the local runner never wait (its writes are done when it answers). */
    interface Pause {
        void pause(Duration d) throws InterruptedException;
    }

    private final URI api;
    private final DynamoIncidentStore incidents;
    private final Http http;
    private final Clock clock;
    private final Pause pause;
    private final Duration timeout;

    Canary(URI api, DynamoDbClient dynamo, String table, Http http, Clock clock, Pause pause, Duration timeout) {
        this.api = api;
        this.incidents = new DynamoIncidentStore(dynamo, table);
        this.http = http;
        this.clock = clock;
        this.pause = pause;
        this.timeout = timeout;
    }

    Result run(OncallConfig roster, String routingKey) {
        Optional<Service> service = roster.serviceByRoutingKey(routingKey);
        if (service.isEmpty()) {
            return Result.fail(NAME, "the routing key names no service in the roster");
        }
        String dedup = "touban-verify-canary-" + clock.millis();
        Instant start = clock.instant();
        Http.Answer trigger = send(routingKey, "trigger", dedup);
        if (trigger.status() != 202) {
            return Result.fail(NAME, "trigger answered " + trigger.status() + ": " + trigger.excerpt());
        }
        Optional<Incident> opened = await(() -> incidents.openByDedup(service.get().id(), dedup));
        if (opened.isEmpty()) {
            return Result.fail(NAME, "accepted, but no open incident for " + dedup + " within " + timeout.toSeconds() + " s");
        }
        long number = opened.get().number();
        Duration toOpen = Duration.between(start, clock.instant());
        Http.Answer resolve = send(routingKey, "resolve", dedup);
        if (resolve.status() != 202) {
            return Result.fail(NAME, "incident " + number + " opened; resolve answered " + resolve.status() + ": " + resolve.excerpt());
        }
        Optional<Incident> resolved = await(() -> incidents.get(number).filter(i -> i.status() == IncidentStatus.RESOLVED));
        if (resolved.isEmpty()) {
            return Result.fail(NAME, "incident " + number + " opened, but not resolved within " + timeout.toSeconds() + " s");
        }
        return Result.pass(NAME, "service " + service.get().id() + ": incident " + number + " open after " + toOpen.toMillis()
                + " ms, resolved after " + Duration.between(start, clock.instant()).toMillis() + " ms");
    }

    private Http.Answer send(String routingKey, String action, String dedup) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("routing_key", routingKey);
        event.put("event_action", action);
        event.put("dedup_key", dedup);
        if (action.equals("trigger")) {
            event.put("payload", Map.of("summary", "Touban canary from make verify; it resolves itself", "source", "touban-verify",
                    "severity", "info"));
        }
        return http.post(api.resolve("/v2/enqueue"), "application/json", Json.write(event), Map.of());
    }

    private <T> Optional<T> await(Supplier<Optional<T>> probe) {
        Instant deadline = clock.instant().plus(timeout);
        while (true) {
            Optional<T> seen = probe.get();
            if (seen.isPresent() || !clock.instant().isBefore(deadline)) {
                return seen;
            }
            try {
                pause.pause(Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
