package dev.touban.intake;

import static dev.touban.intake.EventsApiTest.KEY;
import static dev.touban.intake.EventsApiTest.TRIGGER;
import static dev.touban.intake.IntakeWorld.withBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.domain.incident.Incident;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.RepoFiles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may spend what: the per-service quotas, the limit before any routing key is known, and the example key. */
@ExtendWith(EmulatorExtension.class)
class EventsApiLimitsTest {
    private IntakeWorld world;

    @AfterEach
    void tearDown() {
        if (world != null) {
            world.close();
        }
    }

    @Test
    void newIncidentsOverTheLimit_areAnswered429WithRetryAfter_andStoreNothing_untilTheNextMinute(Emulated aws) throws Exception {
        world = new IntakeWorld(aws, Map.of("EVENTS_PER_MINUTE", "2"));

        world.invoke(trigger("a"));
        world.invoke(trigger("b"));
        world.clock.advance(Duration.ofSeconds(43));
        Map<String, Object> third = world.invoke(trigger("c"));

        assertThat(third.get("statusCode")).isEqualTo(429);
        assertThat(headers(third)).containsEntry("retry-after", "17");
        assertThat(JSON.std.mapFrom((String) third.get("body"))).containsEntry("status", "throttle event");
        assertThat(world.runtime.desk().open()).extracting(Incident::dedupKey).containsExactly("a", "b");
        world.clock.advance(Duration.ofSeconds(17));
        assertThat(world.invoke(trigger("c")).get("statusCode")).isEqualTo(202);
    }

    @Test
    void storageBusyBeyondItsRetries_isAnswered503_storesNothing_andTheSendersRetryOpensTheIncident(Emulated aws) throws Exception {
        dev.touban.testing.DynamoFaults faults = new dev.touban.testing.DynamoFaults();
        world = new IntakeWorld(aws, Map.of(), b -> b.wrapDynamo(faults::wrap).retry(dev.touban.aws.dynamo.DynamoRetry.withoutWaiting(3)));
        faults.fail("transactWriteItems", dev.touban.testing.DynamoFaults.Fault.TRANSACTION_CONFLICT, 3);

        Map<String, Object> busy = world.invoke(trigger("a"));

        assertThat(busy.get("statusCode")).isEqualTo(503);
        assertThat(headers(busy)).containsEntry("retry-after", "1");
        assertThat(JSON.std.mapFrom((String) busy.get("body"))).containsEntry("status", "busy");
        assertThat(world.runtime.desk().open()).isEmpty();
        assertThat(world.invoke(trigger("a")).get("statusCode")).isEqualTo(202);
        assertThat(world.runtime.desk().open()).extracting(Incident::dedupKey).containsExactly("a");
    }

    /** A storm of one alert used to answer 429 to the next, different alert. */
    @Test
    void repeatsOfAnOpenIncident_andItsAcknowledgement_doNotSpendTheQuotaNewIncidentsNeed(Emulated aws) {
        world = new IntakeWorld(aws, Map.of("EVENTS_PER_MINUTE", "2"));

        world.invoke(trigger("storm"));
        List<Object> storm = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            storm.add(world.invoke(trigger("storm")).get("statusCode"));
        }
        storm.add(world.invoke(withBody(TRIGGER, "{" + KEY + "\"event_action\":\"acknowledge\",\"dedup_key\":\"storm\"}")).get("statusCode"));
        Map<String, Object> next = world.invoke(trigger("another alert"));

        assertThat(storm).containsOnly(202);
        assertThat(next.get("statusCode")).isEqualTo(202);
        assertThat(world.runtime.desk().incident(1).orElseThrow().repeats()).isEqualTo(10);
        assertThat(world.runtime.desk().incident(2).orElseThrow().dedupKey()).isEqualTo("another alert");
    }

    @Test
    void aStormOfRepeatsOverItsOwnLimit_isAnswered429_whileANewAlertStillOpensAnIncident(Emulated aws) {
        world = new IntakeWorld(aws, Map.of("EVENTS_PER_MINUTE", "2", "OPEN_EVENTS_PER_MINUTE", "3"));

        world.invoke(trigger("storm"));
        List<Object> storm = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            storm.add(world.invoke(trigger("storm")).get("statusCode"));
        }
        Map<String, Object> next = world.invoke(trigger("another alert"));

        assertThat(storm).containsExactly(202, 202, 202, 429, 429);
        assertThat(next.get("statusCode")).isEqualTo(202);
        assertThat(world.runtime.desk().incident(1).orElseThrow().repeats()).isEqualTo(3);
    }

    /** A garbage flood on /v2/enqueue used to take the route's quota and real alerts got 429. */
    @Test
    void aFloodWithoutAKnownRoutingKey_isLimitedApart_inMemory_beforeAnyTableWork_andSpendsNoServicesQuota(Emulated aws) throws Exception {
        world = new IntakeWorld(aws, Map.of("EVENTS_PER_MINUTE", "1", "UNAUTHENTICATED_PER_MINUTE", "3"));
        List<String> bodies = List.of("not json", "{}", "{\"routing_key\":\"ffffffffffffffffffffffffffffffff\"}", "{\"routing_key\":\"x\"}",
                "{\"routing_key\":[1]}", "[]");

        List<Object> statuses = new ArrayList<>();
        Map<String, Object> last = null;
        for (int i = 0; i < 20; i++) {
            last = world.invoke(withBody(TRIGGER, bodies.get(i % bodies.size())));
            statuses.add(last.get("statusCode"));
        }
        List<Map<String, ?>> itemsAfterFlood = new ArrayList<>(world.items());
        Map<String, Object> real = world.invoke(trigger("real alert"));

        assertThat(statuses.subList(0, 3)).containsOnly(400);
        assertThat(statuses.subList(3, 20)).containsOnly(429);
        assertThat(headers(last)).containsEntry("retry-after", "60");
        assertThat(JSON.std.mapFrom((String) last.get("body"))).containsEntry("message", "Too many events without a known routing key. Please retry later.");
        assertThat(itemsAfterFlood).as("not one read-modify-write for the flood").isEmpty();
        assertThat(real.get("statusCode")).isEqualTo(202);
        assertThat(world.runtime.desk().incident(1).orElseThrow().dedupKey()).isEqualTo("real alert");
    }

    @Test
    void theExampleRoutingKey_isRefused_byTheIntakeAsTheDeploymentWiresIt_andNothingIsStored(Emulated aws) throws Exception {
        world = new IntakeWorld(aws, Map.of());
        Map<String, String> deployed = new HashMap<>(world.env);
        deployed.remove(IntakeSettings.ACCEPT_EXAMPLE_KEY);
        AlertIntakeHandler lambda = new AlertIntakeHandler(deployed, world.clock);

        Map<String, Object> answer = world.invoke(lambda, trigger("a"));

        assertThat(answer.get("statusCode")).isEqualTo(400);
        assertThat(JSON.std.mapFrom((String) answer.get("body")).get("errors")).isEqualTo(List.of("'routing_key' is the published example key "
                + "of oncall.example.yaml, which only the local runner accepts: make a key of your own with bin/touban-key"));
        assertThat(world.items()).isEmpty();
        assertThat(world.invoke(trigger("a")).get("statusCode")).as("the local runner's setting accepts it").isEqualTo(202);
    }

    @Test
    void templateYaml_neverAcceptsTheExampleKey() {
        assertThat(RepoFiles.read("template.yaml")).doesNotContain(IntakeSettings.ACCEPT_EXAMPLE_KEY);
    }

    private static String trigger(String dedupKey) {
        return withBody(TRIGGER, "{" + KEY + "\"event_action\":\"trigger\",\"dedup_key\":\"" + dedupKey + "\"," + EventsApiTest.PAYLOAD + "}");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> headers(Map<String, Object> answer) {
        return (Map<String, Object>) answer.get("headers");
    }
}
