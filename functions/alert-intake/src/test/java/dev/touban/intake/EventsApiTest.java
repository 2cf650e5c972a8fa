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
import org.junit.jupiter.params.provider.ValueSource;

/** The Events API as monitoring uses it, and as bad input reaches it; the limits and the routing key are in {@link EventsApiLimitsTest}. */
@ExtendWith(EmulatorExtension.class)
class EventsApiTest {
    static final String TRIGGER = "alert-intake-events-api-trigger.json";
    static final String KEY = "\"routing_key\":\"" + ROUTING_KEY + "\",";
    static final String PAYLOAD = "\"payload\":{\"summary\":\"Disk 95%\",\"source\":\"db-1\",\"severity\":\"warning\"}";

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
        Map<String, Object> answer = world.invoke(withBody(TRIGGER, "{" + KEY + "\"event_action\":\"trigger\"," + PAYLOAD + "}"));

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
        assertThat(world.items()).as("only the rate counter").extracting(i -> i.get("pk").s()).containsExactly("RATE#events-open:web");
        assertThat(world.eventTypes()).isEmpty();
    }

    /** A lone UTF-16 surrogate or a control character once made every attempt fail with a 500 and burn an incident number. */
    @Test
    void hostileText_inSummarySourceDedupKeyAndDetails_isCleaned_opensOneIncident_andBurnsNoNumber() throws Exception {
        String hostile = "{" + KEY + "\"event_action\":\"trigger\",\"dedup_key\":\"disk \\ud83d\\u0000\","
                + "\"payload\":{\"summary\":\"disk full \\ud83d\",\"source\":\"db-1\\u0007\\u202e\",\"severity\":\"critical\","
                + "\"component\":\"a\\nb\",\"custom_details\":{\"note\\udc00\":\"x\\ud800\",\"bell\":\"\\u0007\"}}}";

        Map<String, Object> answer = world.invoke(withBody(TRIGGER, hostile));
        Map<String, Object> again = world.invoke(withBody(TRIGGER, hostile));
        world.invoke(withBody(TRIGGER, "{" + KEY + "\"event_action\":\"trigger\",\"dedup_key\":\"other\"," + PAYLOAD + "}"));
        Map<String, Object> ack = world.invoke(withBody(TRIGGER, "{" + KEY + "\"event_action\":\"acknowledge\",\"dedup_key\":\"disk \\ud83d\\u0000\"}"));

        assertThat(answer.get("statusCode")).isEqualTo(202);
        assertThat(JSON.std.mapFrom((String) answer.get("body"))).containsEntry("dedup_key", "disk \uFFFD\uFFFD");
        Incident first = world.runtime.desk().incident(1).orElseThrow();
        assertThat(first.dedupKey()).isEqualTo("disk \uFFFD\uFFFD");
        assertThat(first.alert().summary()).isEqualTo("disk full \uFFFD");
        assertThat(first.alert().source()).isEqualTo("db-1\uFFFD\uFFFD");
        assertThat(first.alert().component()).isEqualTo("a b");
        assertThat(JSON.std.mapFrom(first.alert().customDetails())).isEqualTo(Map.of("note\uFFFD", "x\uFFFD", "bell", "\uFFFD"));
        assertThat(again.get("statusCode")).isEqualTo(202);
        assertThat(world.runtime.desk().incident(1).orElseThrow().repeats()).as("the same hostile key is the same alert").isEqualTo(1);
        assertThat(world.runtime.desk().incident(2).orElseThrow().dedupKey()).as("no number burned").isEqualTo("other");
        assertThat(ack.get("statusCode")).isEqualTo(202);
        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
    }

    @Test
    void overLongFields_areCutWithAMarker_andTheAlertIsAccepted() throws Exception {
        StringBuilder links = new StringBuilder("[{\"href\":\"https://x.example/" + "l".repeat(3000) + "\",\"text\":\"too long to keep\"}");
        for (int i = 0; i < 30; i++) {
            links.append(",{\"href\":\"https://x.example/").append(i).append("\",\"text\":\"").append("t".repeat(300)).append("\"}");
        }
        String body = "{" + KEY + "\"event_action\":\"trigger\",\"dedup_key\":\"" + "k".repeat(300) + "\","
                + "\"payload\":{\"summary\":\"" + "s".repeat(5000) + "\",\"source\":\"" + "o".repeat(2000) + "\",\"severity\":\"info\","
                + "\"custom_details\":{\"log\":\"" + "d".repeat(100_000) + "\"}},\"links\":" + links + "]}";

        Map<String, Object> answer = world.invoke(withBody(TRIGGER, body));

        assertThat(answer.get("statusCode")).isEqualTo(202);
        Incident incident = world.runtime.desk().incident(1).orElseThrow();
        assertThat(incident.dedupKey()).matches("sha256:[0-9a-f]{64}")
                .isEqualTo(JSON.std.mapFrom((String) answer.get("body")).get("dedup_key"));
        assertThat(incident.alert().summary()).hasSize(1024).endsWith("s…");
        assertThat(incident.alert().source()).hasSize(1024).endsWith("…");
        Map<String, Object> details = JSON.std.mapFrom(incident.alert().customDetails());
        assertThat(details.get("truncated")).isEqualTo("custom_details was 100010 characters; Touban keeps their start");
        assertThat((String) details.get("start")).startsWith("{\"log\":\"ddd").endsWith("d…");
        assertThat(incident.alert().links()).hasSize(20).first().satisfies(l -> {
            assertThat(l.href()).isEqualTo("https://x.example/0");
            assertThat(l.text()).hasSize(256).endsWith("…");
        });
    }

    static Stream<Arguments> badEvents() {
        return Stream.of(
                Arguments.of("not JSON", "{\"routing_key\": ", "The body is not valid JSON: bad JSON at offset 16: unexpected end"),
                Arguments.of("a JSON list", "[1,2]", "The body must be a JSON object"),
                Arguments.of("empty body", "", "The body is not valid JSON: bad JSON at offset 0: unexpected end"),
                Arguments.of("routing_key twice", "{" + KEY + KEY + "\"event_action\":\"trigger\"," + PAYLOAD + "}",
                        "The body is not valid JSON: bad JSON at offset 50: duplicate member name 'routing_key'"),
                Arguments.of("a key twice inside the payload", "{" + KEY + "\"event_action\":\"trigger\",\"payload\":{\"summary\":\"a\","
                        + "\"summary\":\"b\",\"source\":\"x\",\"severity\":\"info\"}}",
                        "The body is not valid JSON: bad JSON at offset 100: duplicate member name 'summary'"),
                Arguments.of("no routing_key", "{\"event_action\":\"trigger\"," + PAYLOAD + "}", "'routing_key' is missing"),
                Arguments.of("routing_key not a string", "{\"routing_key\":42,\"event_action\":\"trigger\"," + PAYLOAD + "}",
                        "'routing_key' must be a string"),
                Arguments.of("unknown routing_key", "{\"routing_key\":\"ffffffffffffffffffffffffffffffff\",\"event_action\":\"trigger\"," + PAYLOAD + "}",
                        "'routing_key' does not belong to any service in oncall.yaml"),
                Arguments.of("malformed routing_key", "{\"routing_key\":\"' OR 1=1 --\",\"event_action\":\"trigger\"," + PAYLOAD + "}",
                        "'routing_key' does not belong to any service in oncall.yaml"),
                Arguments.of("no event_action", "{" + KEY + PAYLOAD + "}", "'event_action' is missing"),
                Arguments.of("unknown event_action", "{" + KEY + "\"event_action\":\"escalate\"," + PAYLOAD + "}",
                        "'event_action' must be trigger, acknowledge or resolve, not 'escalate'"),
                Arguments.of("upper-case event_action", "{" + KEY + "\"event_action\":\"TRIGGER\"," + PAYLOAD + "}",
                        "'event_action' must be trigger, acknowledge or resolve, not 'TRIGGER'"),
                Arguments.of("no payload", "{" + KEY + "\"event_action\":\"trigger\"}", "'payload' is missing"),
                Arguments.of("no summary", "{" + KEY + "\"event_action\":\"trigger\",\"payload\":{\"source\":\"db-1\",\"severity\":\"info\"}}",
                        "'payload.summary' is missing"),
                Arguments.of("no source", "{" + KEY + "\"event_action\":\"trigger\",\"payload\":{\"summary\":\"s\",\"severity\":\"info\"}}",
                        "'payload.source' is missing"),
                Arguments.of("unknown severity", "{" + KEY + "\"event_action\":\"trigger\",\"payload\":{\"summary\":\"s\",\"source\":\"x\",\"severity\":\"page\"}}",
                        "'payload.severity' must be critical, error, warning or info, not 'page'"),
                Arguments.of("summary not a string", "{" + KEY + "\"event_action\":\"trigger\",\"payload\":{\"summary\":42,\"source\":\"x\",\"severity\":\"info\"}}",
                        "'payload.summary' must be a string"),
                Arguments.of("acknowledge without dedup_key", "{" + KEY + "\"event_action\":\"acknowledge\"}", "'dedup_key' is missing"),
                Arguments.of("bad timestamp", "{" + KEY + "\"event_action\":\"trigger\",\"payload\":{\"summary\":\"s\",\"source\":\"x\",\"severity\":\"info\","
                        + "\"timestamp\":\"yesterday\"}}", "'payload.timestamp' must be an ISO 8601 date and time with an offset, such as 2026-11-28T09:00:00.000+0000"),
                Arguments.of("link without href", "{" + KEY + "\"event_action\":\"trigger\"," + PAYLOAD + ",\"links\":[{\"text\":\"x\"}]}",
                        "'links[0]' must have an http(s) 'href' and a text 'text' if any"),
                Arguments.of("javascript link", "{" + KEY + "\"event_action\":\"trigger\"," + PAYLOAD + ",\"links\":[{\"href\":\"javascript:alert(1)\"}]}",
                        "'links[0]' must have an http(s) 'href' and a text 'text' if any"),
                Arguments.of("images not a list", "{" + KEY + "\"event_action\":\"trigger\"," + PAYLOAD + ",\"images\":\"x\"}", "'images' must be a list"));
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
        Map<String, Object> answer = world.invoke(withBody(TRIGGER, "{" + KEY + "\"event_action\":\"trigger\",\"payload\":{\"severity\":\"loud\"}}"));

        assertThat(JSON.std.mapFrom((String) answer.get("body")).get("errors")).isEqualTo(List.of("'payload.summary' is missing",
                "'payload.source' is missing", "'payload.severity' must be critical, error, warning or info, not 'loud'"));
    }

    @Test
    void aBodyOverTheBound_isAnswered413_andNothingIsStored() throws Exception {
        String body = "{" + KEY + "\"event_action\":\"trigger\"," + PAYLOAD + ",\"pad\":\"" + "p".repeat(512_001) + "\"}";

        Map<String, Object> answer = world.invoke(withBody(TRIGGER, body));

        assertThat(answer.get("statusCode")).isEqualTo(413);
        assertThat(JSON.std.mapFrom((String) answer.get("body"))).containsEntry("message", "Event too large")
                .containsEntry("errors", List.of("the event is " + body.length() + " bytes; the limit is 512000"));
        assertThat(world.items()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "text/plain", "application/x-www-form-urlencoded", "application/jsonp"})
    void aBodyNotSentAsJson_isAnswered415_andNothingIsStored(String contentType) throws Exception {
        Map<String, Object> answer = world.invoke(withBody(TRIGGER, "{" + KEY + "\"event_action\":\"trigger\"," + PAYLOAD + "}",
                contentType.isEmpty() ? null : contentType));

        assertThat(answer.get("statusCode")).isEqualTo(415);
        assertThat(JSON.std.mapFrom((String) answer.get("body"))).containsEntry("errors",
                List.of("the body must be JSON, sent with Content-Type: application/json"));
        assertThat(world.items()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "Application/JSON"})
    void jsonContentTypes_areAccepted(String contentType) {
        Map<String, Object> answer = world.invoke(withBody(TRIGGER, "{" + KEY + "\"event_action\":\"trigger\"," + PAYLOAD + "}", contentType));

        assertThat(answer.get("statusCode")).isEqualTo(202);
    }

    @Test
    void get_isNotAllowed() {
        Map<String, Object> answer = world.invoke(IntakeWorld.request(TRIGGER, "GET", "/v2/enqueue"));

        assertThat(answer.get("statusCode")).isEqualTo(405);
        assertThat(world.items()).isEmpty();
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
