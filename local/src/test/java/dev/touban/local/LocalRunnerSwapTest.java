package dev.touban.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.domain.slack.SlackSignature;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.SlackRequests;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The local runner serves swap proposals end to end: the offer and the answers are carried out after each request, as follow-ups. */
@ExtendWith(EmulatorExtension.class)
class LocalRunnerSwapTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private LocalRunner runner;
    private String base;

    @BeforeEach
    void setUp(Emulated aws) throws Exception {
        runner = LocalRunner.start(Map.of("TOUBAN_AWS_ENDPOINT", aws.endpoint().toString(), "TOUBAN_PORT", "0"));
        runner.clock().set(Instant.parse("2026-11-28T09:00:00Z"));
        base = "http://127.0.0.1:" + runner.port();
    }

    @AfterEach
    void tearDown() {
        runner.stop();
    }

    @Test
    void aProposal_isOfferedByDirectMessage_andTheAcceptButtonPutsItOnTheSchedule() throws Exception {
        String proposed = text(post("/slack/commands", SlackRequests.body(SlackRequests.event("slack-command-swap.json"))));
        Matcher id = Pattern.compile("`(s[a-z2-9]{5})`").matcher(proposed);
        assertThat(id.find()).as(proposed).isTrue();

        assertThat(outbox()).anySatisfy(e -> assertThat(String.valueOf(e.get("message"))).contains("DU04DAVE", "asks you to accept swap"));
        HttpResponse<String> pressed = post("/slack/interactions", press("U04DAVE", "sre:" + id.group(1)));

        assertThat(pressed.statusCode()).isEqualTo(200);
        assertThat(outbox()).anySatisfy(e -> assertThat(String.valueOf(e.get("message"))).contains("You accepted swap"))
                .anySatisfy(e -> assertThat(String.valueOf(e.get("message"))).contains("DU03CAROL", "Dave Ito accepted swap"));
    }

    @SuppressWarnings("unchecked")
    private String press(String userId, String value) throws Exception {
        String sample = (String) SlackRequests.event("slack-interaction-acknowledge.json").get("body");
        Map<String, Object> payload = JSON.std.mapFrom(SlackRequests.decodeForm(sample).get("payload"));
        ((Map<String, Object>) payload.get("user")).put("id", userId);
        Map<String, Object> action = (Map<String, Object>) ((List<Object>) payload.get("actions")).get(0);
        action.put("action_id", "swap_accept");
        action.put("value", value);
        payload.put("response_url", base + "/local/response/swap");
        return "payload=" + URLEncoder.encode(JSON.std.asString(payload), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> outbox() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/local/outbox")).GET().build(), HttpResponse.BodyHandlers.ofString());
        return (List<Map<String, Object>>) JSON.std.mapFrom(answer.body()).get("outbox");
    }

    private static String text(HttpResponse<String> answer) throws Exception {
        return String.valueOf(JSON.std.mapFrom(answer.body()).get("text"));
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        String timestamp = Long.toString(runner.clock().instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", new SlackSignature(LocalRunner.DEFAULT_SECRET).sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
