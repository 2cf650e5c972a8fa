package dev.touban.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoIncidentStore;
import dev.touban.domain.config.RoutingKeys;
import dev.touban.testing.CanaryRoster;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MutableClock;
import dev.touban.testing.RepoFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The handler: the schedule's event in, one run out; anything else is refused before the table or the API is touched. */
@ExtendWith(EmulatorExtension.class)
class CanaryHandlerTest {
    private static final Instant FIRING = Instant.parse("2026-12-05T00:15:00Z");

    @Test
    void theScheduleEvent_runsTheCanary(Emulated aws) throws Exception {
        World world = new World(aws);

        Map<String, Object> answer = JSON.std.mapFrom(world.handle(RepoFiles.read("events/canary-schedule.json")));

        assertThat(answer).containsEntry("service", "touban-canary").containsEntry("triggered", "touban-canary-" + FIRING);
        assertThat(world.store.open()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON                | {\"action\":                                               | not a JSON object",
            "a JSON array            | [1,2]                                                      | not a JSON object",
            "no action               | {\"scheduledTime\":\"2026-12-05T00:15:00Z\"}              | action must be \"canary\"",
            "another action          | {\"action\":\"sweep\",\"scheduledTime\":\"2026-12-05T00:15:00Z\"} | action must be \"canary\"",
            "no scheduled time       | {\"action\":\"canary\"}                                    | scheduledTime is missing",
            "a scheduled time as number | {\"action\":\"canary\",\"scheduledTime\":1733357700}   | scheduledTime is missing",
            "an unreadable time      | {\"action\":\"canary\",\"scheduledTime\":\"yesterday\"}    | not an ISO-8601 instant",
            "a time from another day | {\"action\":\"canary\",\"scheduledTime\":\"2026-12-04T00:15:00Z\"} | more than 60 minutes from now",
    })
    void badInput_isRefusedWithAClearMessage_andChangesNothing(String name, String event, String message, Emulated aws) throws Exception {
        World world = new World(aws);

        assertThatThrownBy(() -> world.handle(event)).isInstanceOf(CanaryEventRejected.class).hasMessageContaining(message);

        assertThat(world.api.events).isEmpty();
        assertThat(world.store.open()).isEmpty();
        assertThat(world.printed.size()).isZero();
    }

    @Test
    void aKeyOfNoService_failsTheColdStart_withoutShowingTheKey(Emulated aws, @TempDir Path dir) {
        Map<String, String> env = env(aws, dir);
        env.put("CANARY_ROUTING_KEY", "nobodyhasthiskey0123456789abcdef");

        assertThatThrownBy(() -> new CanaryHandler(env, new MutableClock(FIRING), System.out))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is the key of no service in oncall.yaml")
                .hasMessageNotContaining("nobodyhasthiskey");
    }

    @Test
    void theKeyOfAServiceThatPagesPeople_failsTheColdStart(Emulated aws, @TempDir Path dir) {
        Map<String, String> env = env(aws, dir);
        env.put("CANARY_ROUTING_KEY", RoutingKeys.EXAMPLE_KEY);

        assertThatThrownBy(() -> new CanaryHandler(env, new MutableClock(FIRING), System.out))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("service 'web' is not marked canary: true");
    }

    @Test
    void onAws_theKeyMustComeFromSsm(Emulated aws, @TempDir Path dir) {
        Map<String, String> env = env(aws, dir);
        env.remove("TOUBAN_AWS_ENDPOINT");

        assertThatThrownBy(() -> new CanaryHandler(env, new MutableClock(FIRING), System.out))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CANARY_ROUTING_KEY_PARAM must name the SSM SecureString");
    }

    private static Map<String, String> env(Emulated aws, Path dir) {
        Map<String, String> env = new HashMap<>();
        env.put("TOUBAN_AWS_ENDPOINT", aws.endpoint().toString());
        env.put("AWS_REGION", aws.region().id());
        env.put("TABLE_NAME", aws.tableName());
        env.put("TOUBAN_CONFIG", CanaryRoster.write(dir).toString());
        env.put("EVENTS_API_URL", "http://127.0.0.1:9/v2/enqueue");
        env.put("CANARY_ROUTING_KEY", CanaryRoster.KEY);
        return env;
    }

    private static final class World {
        final MutableClock clock = new MutableClock(FIRING.plusSeconds(1));
        final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        final DynamoIncidentStore store;
        final IntakeStandIn api;
        final CanaryHandler handler;

        World(Emulated aws) {
            store = new DynamoIncidentStore(new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())).dynamoDb(), aws.tableName());
            api = new IntakeStandIn(CanaryRunTest.CONFIG, store, clock);
            handler = new CanaryHandler(new CanaryRun(CanaryRunTest.CONFIG.service(CanaryRoster.SERVICE).orElseThrow(), CanaryRoster.KEY,
                    store, api, Duration.ofMinutes(5), new CanaryMetrics("touban-canary", new PrintStream(printed, true, StandardCharsets.UTF_8))),
                    clock);
        }

        byte[] handle(String event) throws Exception {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
            return out.toByteArray();
        }
    }
}
