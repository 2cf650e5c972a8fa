package dev.touban.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Maintenance windows in the local runner: a trigger during a window opens a suppressed incident
 * that pages nobody until the window ends; an escalation already running pauses, and ending the
 * window early pages at once.
 */
@ExtendWith(EmulatorExtension.class)
class LocalRunnerMaintenanceTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TRIGGER = "{\"routing_key\":\"0123456789abcdef0123456789abcdef\",\"event_action\":\"trigger\","
            + "\"dedup_key\":\"disk\",\"payload\":{\"summary\":\"Disk full on db-1\",\"source\":\"db-1\",\"severity\":\"critical\"}}";

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
        Path out = Path.of("target", "maintenance-transcript.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", transcript) + "\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void aTriggerDuringAWindow_isSuppressed_andPagedWhenTheWindowEnds_ifStillOpen() {
        String started = command("maintenance web 1h database upgrade");
        post("/v2/enqueue", TRIGGER);
        List<String> duringWindow = kinds();
        String suppressed = command("incident 1");
        String listed = command("maintenance");
        Map<String, Object> moved = post("/local/clock", "{\"advance\":\"PT61M\"}");
        String paged = command("incident 1");
        note("suppressed, then paged at the window's end", started, listed, suppressed, "sent during the window: " + duringWindow,
                "clock moved 61 minutes; fired: " + moved.get("fired"), paged);

        assertThat(started).startsWith(":construction: Maintenance of *Web shop* until Sat 28 Nov 19:00 JST (database upgrade), started by Alice Sato.");
        assertThat(listed).contains("*Web shop* until Sat 28 Nov 19:00 JST (database upgrade, started by Alice Sato)");
        assertThat(duringWindow).doesNotContain("sms", "slack:chat.postMessage", "voice:SendVoiceMessage");
        // the runner's clock flows between requests: the window ends an hour after the command, seconds past 10:00Z
        assertThat(suppressed).contains("Status: triggered").contains("Suppressed: Web shop is in maintenance until 2026-11-28T10:00:")
                .contains("(database upgrade, started by Alice Sato). Nobody is paged").doesNotContain("paged Carol");
        assertThat(paged).contains("escalated: tier 1 of 3").contains("by sms");
        assertThat(kinds()).contains("sms");
    }

    @Test
    void anEscalationRunningWhenAWindowStarts_pauses_andEndingTheWindowEarlyPagesAtOnce() {
        post("/v2/enqueue", TRIGGER);
        String started = command("maintenance web 2h");
        Map<String, Object> moved = post("/local/clock", "{\"advance\":\"PT5M\"}");
        String paused = command("incident 1");
        List<String> whilePaused = kinds();
        String ended = command("maintenance end web");
        String resumed = command("incident 1");
        String again = command("maintenance end web");
        note("paused, then resumed by ending the window", started, "clock moved 5 minutes; fired: " + moved.get("fired"), paused, ended,
                resumed);

        assertThat(started).startsWith(":construction:");
        assertThat(paused).contains("Paused: Web shop is in maintenance until 2026-11-28T11:00:").contains("Escalation resumes when the window ends");
        assertThat(paused).doesNotContain("tier 2 of 3");
        assertThat(whilePaused).doesNotContain("voice:SendVoiceMessage");
        assertThat(ended).isEqualTo(":white_check_mark: Maintenance of *Web shop* ended by Alice Sato. 1 incident is paged now.");
        assertThat(resumed).contains("Maintenance of Web shop ended early by Alice Sato: paging resumes.").contains("escalated: tier 2 of 3");
        assertThat(kinds()).contains("voice:SendVoiceMessage");
        assertThat(again).startsWith("No maintenance started from Slack is running for Web shop.");
    }

    private void note(String title, String... lines) {
        transcript.add("== " + title + " ==\n" + String.join("\n", lines));
    }

    @SuppressWarnings("unchecked")
    private List<String> kinds() {
        List<Map<String, Object>> outbox = (List<Map<String, Object>>) send(HttpRequest.newBuilder(URI.create(base + "/local/outbox"))
                .GET().build()).get("outbox");
        return outbox.stream().map(e -> (String) e.get("kind")).toList();
    }

    /** A signed {@code /oncall <text>} from Alice; the answer's text. */
    private String command(String text) {
        Map<String, String> form = SlackRequests.decodeForm(SlackRequests.body(SlackRequests.event("slack-command-who.json")));
        form.put("text", text);
        String body = SlackRequests.encodeForm(form);
        String timestamp = Long.toString(runner.clock().instant().getEpochSecond());
        return (String) send(HttpRequest.newBuilder(URI.create(base + "/slack/commands"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", new SlackSignature(LocalRunner.DEFAULT_SECRET).sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()).get("text");
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
