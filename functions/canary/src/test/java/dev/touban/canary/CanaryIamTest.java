package dev.touban.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoIncidentStore;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import dev.touban.domain.incident.TimelineEntry;
import dev.touban.testing.CanaryRoster;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MutableClock;
import dev.touban.testing.iam.IamProof;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Least privilege, proven: the canary, wired as template.yaml deploys it (canary on, every 15
 * minutes), refuses a bad event, then completes a delivered canary and triggers the next, with
 * only calls its statements allow (reads narrowed to incident partitions and the open-incident
 * index), and needs each grant. It writes nothing to the table itself.
 */
@ExtendWith(EmulatorExtension.class)
class CanaryIamTest {
    private static final Instant FIRING = Instant.parse("2026-12-05T00:15:00Z");

    @Test
    void badEventAndOneRun_makeOnlyCallsTheTemplatePolicyAllows_andUseEveryGrant(Emulated aws, @TempDir Path dir) throws Exception {
        try (IamProof proof = IamProof.of(aws, "CanaryFunction").parameter("CanaryIntervalMinutes", "15").start();
                MockWebServer eventsApi = new MockWebServer()) {
            eventsApi.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse.Builder().code(202).body("{\"status\":\"success\"}").build();
                }
            });
            eventsApi.start(InetAddress.getLoopbackAddress(), 0);
            proof.stack().secureString("CanaryRoutingKeyParameter", CanaryRoster.KEY);
            Map<String, String> env = new HashMap<>(proof.environment());
            assertThat(env.get("EVENTS_API_URL")).startsWith("https://").endsWith("/v2/enqueue");
            env.put("TOUBAN_CONFIG", CanaryRoster.write(dir).toString());
            env.put("EVENTS_API_URL", eventsApi.url("/v2/enqueue").toString());
            MutableClock clock = new MutableClock(FIRING.plusSeconds(1));
            long previous = deliveredCanary(aws, env, FIRING.minus(Duration.ofMinutes(15)));

            String answer = proof.record(() -> {
                CanaryHandler handler = new CanaryHandler(env, clock, System.out);
                assertThatThrownBy(() -> handle(handler, "{\"action\":\"sweep\"}")).isInstanceOf(CanaryEventRejected.class);
                return handle(handler, "{\"action\":\"canary\",\"scheduledTime\":\"" + FIRING + "\"}");
            });

            assertThat(answer).contains("\"incident\":" + previous, "\"triggered\":\"touban-canary-" + FIRING + "\"");
            assertThat(eventsApi.getRequestCount()).isEqualTo(3);
            proof.unusedBecause("DecryptSecureStringWithTheSsmKey",
                    "SSM calls KMS on the function's behalf to decrypt the SecureString; the function never calls KMS");
            proof.check();
        }
    }

    /** A canary incident whose page reached Slack, written with the test's own credentials before the proof records. */
    private static long deliveredCanary(Emulated aws, Map<String, String> env, Instant at) {
        DynamoIncidentStore store = new DynamoIncidentStore(new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())).dynamoDb(),
                env.get("TABLE_NAME"));
        Incident canary = store.trigger(new NewIncident(CanaryRoster.SERVICE, "touban-canary-" + at, CanaryRoster.SERVICE, "touban-canary",
                "touban-canary", Alert.simple("canary", "touban-canary", Severity.INFO)), at).incident();
        store.record(canary.number(), TimelineEntry.page(at.plusSeconds(1), true, "slack", "<#C0CANARY>", "ts"));
        return canary.number();
    }

    private static String handle(CanaryHandler handler, String event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return out.toString(StandardCharsets.UTF_8);
    }
}
