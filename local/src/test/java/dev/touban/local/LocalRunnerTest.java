package dev.touban.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.slack.SlackWebApi;
import dev.touban.domain.slack.SlackSignature;
import dev.touban.testing.SlackRequests;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local runner as a person uses it: its own moto, the real handler over HTTP, the outbox. */
class LocalRunnerTest {
    private static final Instant SATURDAY_18_TOKYO = Instant.parse("2026-11-28T09:00:00Z");

    private static LocalRunner runner;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        runner = LocalRunner.start(Map.of("TOUBAN_PORT", "0"));
        runner.clock().set(SATURDAY_18_TOKYO);
        base = "http://127.0.0.1:" + runner.port();
    }

    @AfterAll
    static void stop() {
        runner.stop();
    }

    @Test
    void healthz_answersOk() throws Exception {
        HttpResponse<String> health = get("/healthz");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("content-type")).contains("application/json");
        assertThat(JSON.std.mapFrom(health.body())).containsEntry("status", "ok");
    }

    @Test
    void aSignedHello_overHttp_getsTheEphemeralAnswer() throws Exception {
        String body = SlackRequests.body(SlackRequests.event("slack-command-hello.json"));

        HttpResponse<String> answer = postCommand(body, LocalRunner.DEFAULT_SECRET);

        assertThat(answer.statusCode()).isEqualTo(200);
        Map<String, Object> message = JSON.std.mapFrom(answer.body());
        assertThat(message).containsEntry("response_type", "ephemeral");
        assertThat((String) message.get("text")).startsWith(":wave: Clocked in for SRE at Sat 28 Nov 18:0").contains("(weekend standby)");
    }

    @Test
    void aCommandSignedWithAnotherSecret_isRefused() throws Exception {
        String body = SlackRequests.body(SlackRequests.event("slack-command-who.json"));

        assertThat(postCommand(body, "not-the-local-secret").statusCode()).isEqualTo(401);
    }

    @Test
    void aGetOfTheCommandsPath_isRefused() throws Exception {
        assertThat(get("/slack/commands").statusCode()).isEqualTo(405);
    }

    @Test
    void clock_reportsTheRunnersMovedTime() throws Exception {
        Map<String, Object> clock = JSON.std.mapFrom(get("/local/clock").body());

        long epochSecond = ((Number) clock.get("epochSecond")).longValue();
        assertThat(epochSecond).isBetween(SATURDAY_18_TOKYO.getEpochSecond(), runner.clock().instant().getEpochSecond());
        assertThat(Instant.parse((String) clock.get("now")).getEpochSecond()).isEqualTo(epochSecond);
    }

    @Test
    void outbox_answersJson_withTheSlackCallsTheRunnerTookIn() throws Exception {
        SlackWebApi slack = new SlackWebApi(URI.create(base + "/slack-api/"), "xoxb-touban-local");
        String ts = slack.postMessage("C0ONCALL", "Handoff: Carol is on call", null);
        slack.respond(base + "/local/response", Map.of("response_type", "ephemeral", "text", "done"));

        HttpResponse<String> outbox = get("/local/outbox");

        assertThat(outbox.statusCode()).isEqualTo(200);
        assertThat(outbox.headers().firstValue("content-type")).contains("application/json");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) JSON.std.mapFrom(outbox.body()).get("outbox");
        assertThat(entries).anySatisfy(e -> {
            assertThat(e).containsEntry("kind", "slack:chat.postMessage");
            assertThat(e.get("message")).isEqualTo(Map.of("channel", "C0ONCALL", "text", "Handoff: Carol is on call",
                    "authorization", "bearer"));
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e).containsEntry("kind", "slack:response_url");
            assertThat(e.get("message")).isEqualTo(Map.of("response_type", "ephemeral", "text", "done"));
        });
        assertThat(ts).matches("[0-9]+\\.[0-9]{6}");
    }

    /** The export runs as on AWS: the request is recorded, an event names it, the job reads it back and answers to the runner's recorder. */
    @Test
    void export_answersAtOnce_thenPostsTheLinkToTheLocalResponseEndpoint() throws Exception {
        Map<String, String> form = SlackRequests.decodeForm(SlackRequests.body(SlackRequests.event("slack-command-export.json")));
        form.put("response_url", base + "/local/response/export");

        HttpResponse<String> answer = postCommand(SlackRequests.encodeForm(form), LocalRunner.DEFAULT_SECRET);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat((String) JSON.std.mapFrom(answer.body()).get("text")).startsWith(":hourglass_flowing_sand: Exporting");
        Map<String, Object> export = runner.outbox().await("export", Duration.ofSeconds(60)).orElseThrow();
        assertThat(((Map<?, ?>) export.get("message")).get("status")).isEqualTo("exported");
        assertThat(runner.outbox().entries()).anySatisfy(e -> {
            assertThat(e).containsEntry("kind", "slack:response_url");
            assertThat(String.valueOf(((Map<?, ?>) e.get("message")).get("text"))).contains("Comp-day report for *SRE*, 2026-11");
        });
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postCommand(String body, String secret) throws Exception {
        String timestamp = Long.toString(runner.clock().instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/slack/commands"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", new SlackSignature(secret).sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
