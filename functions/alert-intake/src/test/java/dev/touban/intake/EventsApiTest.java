package dev.touban.intake;

import static dev.touban.intake.IntakeWorld.ROUTING_KEY;
import static dev.touban.intake.IntakeWorld.T0;
import static dev.touban.intake.IntakeWorld.event;
import static dev.touban.intake.IntakeWorld.withBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.Severity;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(EmulatorExtension.class)
class EventsApiTest {
    private static final String TRIGGER = "alert-intake-events-api-trigger.json";

    private IntakeWorld world;

    @BeforeEach
    void setUp(Emulated aws) {
        world = new IntakeWorld(aws, Map.of("EVENTS_PER_MINUTE", "150"));
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void alertmanagerTrigger_asAlertmanagerSendsIt_opensAnIncident_andStartsItsEscalation() throws Exception {
        Map<String, Object> answer = world.invoke(event("alert-intake-alertmanager-trigger.json"));

        assertThat(answer.get("statusCode")).isEqualTo(202);
        assertThat(JSON.std.mapFrom((String) answer.get("body"))).isEqualTo(Map.of("status", "success", "message", "Event processed",
                "dedup_key", "8f2c9d6e4b1a7f3c0e5d2b9a6c3f1e8d7b4a0c9e6f3d2b1a8c5e7f0d9b6a3c2e"));
        Incident incident = world.runtime.desk().incident(1).orElseThrow();
        assertThat(incident.status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(incident.serviceId()).isEqualTo("web");
        assertThat(incident.policyId()).isEqualTo("sre-default");
        assertThat(incident.alert().summary()).isEqualTo("[FIRING:1] CheckoutErrorRate (prod web critical)");
        assertThat(incident.alert().severity()).isEqualTo(Severity.ERROR);
        assertThat(incident.alert().source()).isEqualTo("Alertmanager");
        assertThat(incident.alert().client()).isEqualTo("Alertmanager");
        assertThat(incident.alert().clientUrl()).isEqualTo("http://alertmanager.internal:9093/#/alerts?receiver=touban-web");
        assertThat(incident.alert().customDetails()).contains("\"num_firing\":\"1\"", "g0.expr=sum%28rate").contains("&g0.tab=1");
        assertThat(world.eventTypes()).containsExactly("EscalationStepDue", "IncidentTriggered");
    }

    @Test
    void alertmanagerResolve_resolvesTheOpenIncident_andTheNextFiringOpensANewOne() {
        world.invoke(event("alert-intake-alertmanager-trigger.json"));

        Map<String, Object> answer = world.invoke(event("alert-intake-alertmanager-resolve.json"));
        world.invoke(event("alert-intake-alertmanager-trigger.json"));

        assertThat(answer.get("statusCode")).isEqualTo(202);
        Incident first = world.runtime.desk().incident(1).orElseThrow();
        assertThat(first.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(first.resolvedBy().name()).isEqualTo("Alertmanager");
        assertThat(first.resolvedBy().via()).isEqualTo("Events API");
        assertThat(world.runtime.desk().incident(2).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(world.eventTypes()).containsExactly("EscalationStepDue", "IncidentTriggered", "IncidentResolved",
                "EscalationStepDue", "IncidentTriggered");
    }

    @Test
    void trigger_again_countsARepeatOnTheOpenIncident_andPagesNoMore() {
        world.invoke(event(TRIGGER));
        world.invoke(event(TRIGGER));
        world.invoke(event(TRIGGER));

        Incident incident = world.runtime.desk().incident(1).orElseThrow();
        assertThat(incident.repeats()).isEqualTo(2);
        assertThat(world.runtime.desk().incident(2)).isEmpty();
        assertThat(world.eventTypes()).containsExactly("EscalationStepDue", "IncidentTriggered");
        assertThat(incident.alert().links()).singleElement().satisfies(l -> assertThat(l.text()).isEqualTo("Checkout dashboard"));
        assertThat(incident.alert().timestamp()).isEqualTo(java.time.Instant.parse("2026-11-28T08:59:30Z"));
    }

    @Test
    void trigger_withoutADedupKey_getsOneGenerated_andAnswersIt() throws Exception {
        String body = "{\"routing_key\":\"" + ROUTING_KEY + "\",\"event_action\":\"trigger\","
                + "\"payload\":{\"summary\":\"Disk 95%\",\"source\":\"db-1\",\"severity\":\"warning\"}}";

        Map<String, Object> answer = world.invoke(withBody(TRIGGER, body));

        String dedupKey = (String) JSON.std.mapFrom((String) answer.get("body")).get("dedup_key");
        assertThat(dedupKey).matches("[0-9a-f]{32}");
        assertThat(world.runtime.desk().incident(1).orElseThrow().dedupKey()).isEqualTo(dedupKey);
    }

    @Test
    void acknowledge_actsOnTheOpenIncidentOfThatDedupKey() {
        world.invoke(event(TRIGGER));

        Map<String, Object> answer = world.invoke(event("alert-intake-events-api-acknowledge.json"));

        assertThat(answer.get("statusCode")).isEqualTo(202);
        Incident incident = world.runtime.desk().incident(1).orElseThrow();
        assertThat(incident.status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
        assertThat(incident.acknowledgedBy().name()).isEqualTo("curl");
        assertThat(world.eventTypes()).containsExactly("EscalationStepDue", "IncidentTriggered", "IncidentAcknowledged");
    }

    @Test
    void acknowledgeAndResolve_ofAnUnknownDedupKey_areAcceptedAndChangeNothing() {
        Map<String, Object> ack = world.invoke(event("alert-intake-events-api-acknowledge.json"));

        assertThat(ack.get("statusCode")).isEqualTo(202);
        assertThat(world.items()).as("only the rate counter").extracting(i -> i.get("pk").s()).containsExactly("RATE#events:web");
        assertThat(world.eventTypes()).isEmpty();
    }

    static Stream<Arguments> badEvents() {
        String key = "\"routing_key\":\"" + ROUTING_KEY + "\",";
        String payload = "\"payload\":{\"summary\":\"Disk 95%\",\"source\":\"db-1\",\"severity\":\"warning\"}";
        return Stream.of(
                Arguments.of("not JSON", "{\"routing_key\": ", "The body is not valid JSON"),
                Arguments.of("a JSON list", "[1,2]", "The body must be a JSON object"),
                Arguments.of("empty body", "", "The body is not valid JSON"),
                Arguments.of("no routing_key", "{\"event_action\":\"trigger\"," + payload + "}", "'routing_key' is missing"),
                Arguments.of("unknown routing_key", "{\"routing_key\":\"ffffffffffffffffffffffffffffffff\",\"event_action\":\"trigger\"," + payload + "}",
                        "'routing_key' does not belong to any service in oncall.yaml"),
                Arguments.of("no event_action", "{" + key + payload + "}", "'event_action' is missing"),
                Arguments.of("unknown event_action", "{" + key + "\"event_action\":\"escalate\"," + payload + "}",
                        "'event_action' must be trigger, acknowledge or resolve, not 'escalate'"),
                Arguments.of("upper-case event_action", "{" + key + "\"event_action\":\"TRIGGER\"," + payload + "}",
                        "'event_action' must be trigger, acknowledge or resolve, not 'TRIGGER'"),
                Arguments.of("no payload", "{" + key + "\"event_action\":\"trigger\"}", "'payload' is missing"),
                Arguments.of("no summary", "{" + key + "\"event_action\":\"trigger\",\"payload\":{\"source\":\"db-1\",\"severity\":\"info\"}}",
                        "'payload.summary' is missing"),
                Arguments.of("oversized summary", "{" + key + "\"event_action\":\"trigger\",\"payload\":{\"summary\":\"" + "x".repeat(1025)
                        + "\",\"source\":\"db-1\",\"severity\":\"info\"}}", "'payload.summary' is 1025 characters long; the limit is 1024"),
                Arguments.of("no source", "{" + key + "\"event_action\":\"trigger\",\"payload\":{\"summary\":\"s\",\"severity\":\"info\"}}",
                        "'payload.source' is missing"),
                Arguments.of("unknown severity", "{" + key + "\"event_action\":\"trigger\",\"payload\":{\"summary\":\"s\",\"source\":\"x\",\"severity\":\"page\"}}",
                        "'payload.severity' must be critical, error, warning or info, not 'page'"),
                Arguments.of("summary not a string", "{" + key + "\"event_action\":\"trigger\",\"payload\":{\"summary\":42,\"source\":\"x\",\"severity\":\"info\"}}",
                        "'payload.summary' must be a string"),
                Arguments.of("oversized dedup_key", "{" + key + "\"event_action\":\"trigger\",\"dedup_key\":\"" + "k".repeat(256) + "\"," + payload + "}",
                        "'dedup_key' is 256 characters long; the limit is 255"),
                Arguments.of("acknowledge without dedup_key", "{" + key + "\"event_action\":\"acknowledge\"}", "'dedup_key' is missing"),
                Arguments.of("bad timestamp", "{" + key + "\"event_action\":\"trigger\",\"payload\":{\"summary\":\"s\",\"source\":\"x\",\"severity\":\"info\","
                        + "\"timestamp\":\"yesterday\"}}", "'payload.timestamp' must be an ISO 8601 date and time with an offset, such as 2026-11-28T09:00:00.000+0000"),
                Arguments.of("link without href", "{" + key + "\"event_action\":\"trigger\"," + payload + ",\"links\":[{\"text\":\"x\"}]}",
                        "'links[0]' must have an http(s) 'href'"),
                Arguments.of("body over 512 KB", "{" + key + "\"event_action\":\"trigger\"," + payload + ",\"pad\":\"" + "p".repeat(512_001) + "\"}",
                        "The event is larger than 512000 bytes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEvents")
    void badEvent_isAnswered400WithTheError_andNothingIsStored(String name, String body, String error) throws Exception {
        Map<String, Object> answer = world.invoke(withBody(TRIGGER, body));

        assertThat(answer.get("statusCode")).isEqualTo(400);
        Map<String, Object> json = JSON.std.mapFrom((String) answer.get("body"));
        assertThat(json).containsEntry("status", "invalid event").containsEntry("message", "Event object is invalid");
        assertThat(json.get("errors")).isEqualTo(List.of(error));
        assertThat(world.items()).isEmpty();
        assertThat(world.eventTypes()).isEmpty();
    }

    @Test
    void badEvent_withSeveralProblems_listsThemAll() throws Exception {
        Map<String, Object> answer = world.invoke(withBody(TRIGGER, "{\"routing_key\":\"" + ROUTING_KEY
                + "\",\"event_action\":\"trigger\",\"payload\":{\"severity\":\"loud\"}}"));

        assertThat(JSON.std.mapFrom((String) answer.get("body")).get("errors")).isEqualTo(List.of("'payload.summary' is missing",
                "'payload.source' is missing", "'payload.severity' must be critical, error, warning or info, not 'loud'"));
    }

    @Test
    void get_isNotAllowed() {
        Map<String, Object> answer = world.invoke(IntakeWorld.request(TRIGGER, "GET", "/v2/enqueue"));

        assertThat(answer.get("statusCode")).isEqualTo(405);
        assertThat(world.items()).isEmpty();
    }

    @Test
    void overTheRateLimit_isAnswered429_andStoresNoIncident(Emulated aws) throws Exception {
        world.close();
        world = new IntakeWorld(aws, Map.of("EVENTS_PER_MINUTE", "2"));
        String body = "{\"routing_key\":\"" + ROUTING_KEY + "\",\"event_action\":\"trigger\",\"dedup_key\":\"K\","
                + "\"payload\":{\"summary\":\"Disk 95%\",\"source\":\"db-1\",\"severity\":\"warning\"}}";

        world.invoke(withBody(TRIGGER, body.replace("\"K\"", "\"a\"")));
        world.invoke(withBody(TRIGGER, body.replace("\"K\"", "\"b\"")));
        Map<String, Object> third = world.invoke(withBody(TRIGGER, body.replace("\"K\"", "\"c\"")));

        assertThat(third.get("statusCode")).isEqualTo(429);
        assertThat(JSON.std.mapFrom((String) third.get("body"))).containsEntry("status", "throttle event");
        assertThat(world.runtime.desk().open()).extracting(Incident::dedupKey).containsExactly("a", "b");
        world.clock.advance(java.time.Duration.ofMinutes(1));
        assertThat(world.invoke(withBody(TRIGGER, body.replace("\"K\"", "\"c\""))).get("statusCode")).isEqualTo(202);
    }

    @Test
    void hundredSimultaneousTriggers_withOneDedupKey_makeExactlyOneIncident() throws Exception {
        String event = event(TRIGGER);
        ExecutorService pool = Executors.newFixedThreadPool(25);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Map<String, Object>>> answers = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return world.invoke(event);
                }));
            }
            start.countDown();
            for (Future<Map<String, Object>> a : answers) {
                assertThat(a.get().get("statusCode")).isEqualTo(202);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(world.runtime.desk().open()).hasSize(1);
        assertThat(world.runtime.desk().incident(1).orElseThrow().repeats()).isEqualTo(99);
        assertThat(world.runtime.desk().incident(2)).isEmpty();
        assertThat(world.eventTypes()).containsExactly("EscalationStepDue", "IncidentTriggered");
        assertThat(T0).isEqualTo(world.clock.instant());
    }
}
