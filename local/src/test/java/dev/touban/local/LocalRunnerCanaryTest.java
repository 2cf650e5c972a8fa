package dev.touban.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoIncidentStore;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.testing.CanaryRoster;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheduled canary on the moved clock: turned on, half an hour fires it twice; the first
 * canary goes in through /v2/enqueue, is paged to the canary channel by the escalation step,
 * and the second run acknowledges and resolves it through /v2/enqueue and prints its metric.
 * Nothing reaches a person.
 */
@ExtendWith(EmulatorExtension.class)
class LocalRunnerCanaryTest {
    private static final String START = "2026-12-05T09:00:00+09:00";

    private LocalRunner runner;
    private String base;

    @AfterEach
    void tearDown() {
        runner.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void halfAnHour_firesTheCanaryTwice_andTheFirstIsPagedToItsChannelAcknowledgedResolvedAndCounted(Emulated aws, @TempDir Path dir)
            throws IOException {
        start(aws, dir, "15");

        Map<String, Object> moved = call("POST", "/local/clock", "{\"advance\":\"PT30M\"}");
        List<Map<String, Object>> outbox = (List<Map<String, Object>>) call("GET", "/local/outbox", null).get("outbox");
        System.out.println("outbox of one canary cycle:");
        for (Map<String, Object> entry : outbox) {
            System.out.println(JSON.std.asString(entry));
        }

        List<Map<String, Object>> fired = (List<Map<String, Object>>) moved.get("fired");
        assertThat(fired).extracting(f -> f.get("name") + " " + f.get("at"))
                .containsExactly("CanaryFunction.Canary 2026-12-05T00:15:00Z", "CanaryFunction.Canary 2026-12-05T00:30:00Z");
        assertThat(fired.get(0).get("result")).isEqualTo(Map.of("service", "touban-canary", "checked", List.of(),
                "triggered", "touban-canary-2026-12-05T00:15:00Z"));
        Map<String, Object> second = (Map<String, Object>) fired.get(1).get("result");
        assertThat(second).containsEntry("triggered", "touban-canary-2026-12-05T00:30:00Z");
        assertThat((List<Map<String, Object>>) second.get("checked")).singleElement().satisfies(c -> assertThat(c)
                .containsEntry("incident", 1).containsEntry("verdict", "completed").containsKey("latencyMs"));

        DynamoIncidentStore store = new DynamoIncidentStore(new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())).dynamoDb(),
                LocalRunner.TABLE);
        Incident first = store.get(1).orElseThrow();
        assertThat(first.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(first.acknowledgedBy().name()).isEqualTo("touban-canary");
        assertThat(first.resolvedBy().name()).isEqualTo("touban-canary");
        assertThat(store.get(2).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);

        assertThat(outbox).extracting(e -> (String) e.get("kind"))
                .as("a canary reaches Slack channels and the metric only: no SMS, call, topic or direct message")
                .allMatch(k -> k.startsWith("slack:chat.") || k.equals("cloudwatch:metric") || k.startsWith("eventbridge:"));
        assertThat(outbox).filteredOn(e -> ((String) e.get("kind")).startsWith("slack:"))
                .allSatisfy(e -> assertThat(((Map<String, Object>) e.get("message")).get("channel")).isEqualTo(CanaryRoster.CHANNEL));
        assertThat(outbox).filteredOn(e -> e.get("kind").equals("slack:chat.postMessage") && ((String) e.get("at")).startsWith("2026-12-05T00:15:"))
                .as("incident 1 paged to the canary channel at its trigger").isNotEmpty();
        List<Map<String, Object>> metrics = outbox.stream().filter(e -> e.get("kind").equals("cloudwatch:metric"))
                .map(e -> (Map<String, Object>) e.get("message")).toList();
        assertThat(metrics).singleElement().satisfies(m -> assertThat(m).containsEntry("CanaryCompleted", 1)
                .containsEntry("CanaryLatencyMs", ((List<Map<String, Object>>) second.get("checked")).getFirst().get("latencyMs"))
                .containsEntry("canaryIncident", 1).containsEntry("FunctionName", "touban-local-canary"));
    }

    @Test
    void withoutAnInterval_theCanaryNeverFires(Emulated aws, @TempDir Path dir) throws IOException {
        start(aws, dir, "0");

        Map<String, Object> moved = call("POST", "/local/clock", "{\"advance\":\"PT30M\"}");

        assertThat(moved.get("fired")).isEqualTo(List.of());
        assertThat(call("GET", "/local/outbox", null).get("outbox")).isEqualTo(List.of());
    }

    private void start(Emulated aws, Path dir, String minutes) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("TOUBAN_AWS_ENDPOINT", aws.endpoint().toString());
        env.put("TOUBAN_PORT", "0");
        env.put("TOUBAN_CONFIG", CanaryRoster.write(dir).toString());
        env.put("TOUBAN_CLOCK_START", START);
        env.put("CANARY_INTERVAL_MINUTES", minutes);
        env.put("CANARY_ROUTING_KEY", CanaryRoster.KEY);
        runner = LocalRunner.start(env);
        base = "http://127.0.0.1:" + runner.port();
    }

    private Map<String, Object> call(String method, String path, String body) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            c.setRequestMethod(method);
            if (body != null) {
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", "application/json");
                c.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            }
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return text.startsWith("{") ? JSON.std.mapFrom(text) : Map.of("status", status, "text", text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
