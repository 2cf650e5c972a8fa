package dev.touban.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.domain.config.RoutingKeys;
import dev.touban.domain.slack.SlackSignature;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.SlackRequests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Alertmanager keeps a heartbeat alive: its always-firing Watchdog alert goes to
 * {@code /heartbeat/{key}} of the local runner through {@code webhook_configs}. Stopped, the
 * heartbeat is missed once the runner's clock passes interval plus grace, and the one-minute
 * sweep opens an incident that pages; started again, its next notification resolves it.
 */
@ExtendWith(EmulatorExtension.class)
class AlertmanagerHeartbeatTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration BOUND = Duration.ofSeconds(30);
    /** Always firing: ends in a year, as Prometheus keeps re-sending Watchdog. */
    private static final String WATCHDOG = "[{\"labels\":{\"alertname\":\"Watchdog\",\"severity\":\"none\"},"
            + "\"annotations\":{\"summary\":\"Always firing: Alertmanager is alive\"},\"endsAt\":\"%s\"}]";

    private LocalRunner runner;
    private String base;
    private final List<String> transcript = new ArrayList<>();

    @BeforeEach
    void setUp(Emulated aws) throws IOException {
        runner = LocalRunner.start(Map.of("TOUBAN_AWS_ENDPOINT", aws.endpoint().toString(), "TOUBAN_PORT", "0",
                "TOUBAN_CLOCK_START", "2026-11-28T18:00:00+09:00"));
        base = "http://127.0.0.1:" + runner.port();
    }

    @AfterEach
    void tearDown() throws IOException {
        runner.stop();
        Path out = Path.of("target", "heartbeat-transcript.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", transcript) + "\n");
        transcript.forEach(System.out::println);
    }

    @Test
    void alertmanagersWatchdog_keepsTheHeartbeatHealthy_itsSilencePages_andItsReturnResolves(@TempDir Path work) {
        String config = """
                route:
                  receiver: touban-heartbeat
                  group_by: [alertname]
                  group_wait: 0s
                  group_interval: 1s
                  repeat_interval: 1s
                receivers:
                  - name: touban-heartbeat
                    webhook_configs:
                      - url: %s/heartbeat/%s
                        send_resolved: false
                """.formatted(base, RoutingKeys.EXAMPLE_HEARTBEAT_KEY);
        String watchdog = WATCHDOG.formatted(java.time.Instant.now().plus(Duration.ofDays(365)));

        String healthy;
        try (Alertmanager alertmanager = Alertmanager.start(config, work.resolve("first"))) {
            alertmanager.post(watchdog);
            healthy = LocalPolling.await("the first ping", BOUND, () -> {
                String text = command("heartbeats");
                return text.contains("healthy, last ping") ? text : null;
            });
            note("healthy", "Alertmanager running, Watchdog posted; /oncall heartbeats:\n" + healthy);
        }
        note("stopped", "Alertmanager stopped at runner time " + runner.clock().instant());

        Map<String, Object> moved = post("/local/clock", "{\"advance\":\"PT8M\"}");
        String missed = command("heartbeats");
        String opened = command("incident 1");
        List<Map<String, Object>> pages = outbox();
        note("paged", "clock moved 8 minutes; fired: " + names(moved) + "\n/oncall heartbeats:\n" + missed
                + "\n/oncall incident 1:\n" + opened + "\nsent: " + pages.stream().map(p -> (String) p.get("kind")).toList());

        String resolved;
        try (Alertmanager alertmanager = Alertmanager.start(config, work.resolve("second"))) {
            alertmanager.post(watchdog);
            note("resumed", "Alertmanager started again, Watchdog posted");
            resolved = LocalPolling.await("the ping that resolves incident #1", BOUND, () -> {
                String text = command("incident 1");
                return text.contains("pinged again at") ? text : null;
            });
        }
        String after = LocalPolling.await("the heartbeat to forget incident #1", BOUND, () -> {
            String text = command("heartbeats");
            return text.contains("healthy") && !text.contains("incident #") ? text : null;
        });
        note("resolved", "/oncall incident 1:\n" + resolved + "\n/oncall heartbeats:\n" + after);

        assertThat(healthy).contains("*web/watchdog* (every 5 min, 2 min grace): healthy, last ping Sat 28 Nov 18:0");
        assertThat(names(moved)).contains("EscalationStepFunction.Sweep");
        assertThat(missed).contains(":red_circle: *web/watchdog*").contains("missed").contains("incident #1");
        assertThat(opened).contains("Heartbeat watchdog of Web shop missed").contains("Status: triggered")
                .contains("escalated: tier 1 of 3").contains("paged");
        assertThat(pages).extracting(p -> p.get("kind")).contains("slack:chat.postMessage", "sms");
        assertThat(resolved).contains("Status: resolved").contains("resolved by heartbeat watchdog (heartbeat ping)")
                .contains("heartbeat watchdog pinged again at");
        assertThat(after).contains(":large_green_circle: *web/watchdog*");
    }

    private void note(String stage, String text) {
        transcript.add("== " + stage + " ==\n" + text);
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Map<String, Object> moved) {
        return ((List<Map<String, Object>>) moved.get("fired")).stream().map(f -> (String) f.get("name")).toList();
    }

    /** A signed {@code /oncall <text>} from Alice; the ephemeral answer's text. */
    private String command(String text) {
        Map<String, String> form = SlackRequests.decodeForm(SlackRequests.body(SlackRequests.event("slack-command-who.json")));
        form.put("text", text);
        String body = SlackRequests.encodeForm(form);
        String timestamp = Long.toString(runner.clock().instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/slack/commands"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", new SlackSignature(LocalRunner.DEFAULT_SECRET).sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return (String) send(request).get("text");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> outbox() {
        return (List<Map<String, Object>>) send(HttpRequest.newBuilder(URI.create(base + "/local/outbox")).GET().build()).get("outbox");
    }

    private Map<String, Object> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static Map<String, Object> send(HttpRequest request) {
        try {
            return JSON.std.mapFrom(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
