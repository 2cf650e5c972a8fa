package dev.touban.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Game day on the local runner: /local/faults sets, shows and clears the faults the handlers meet; bad input changes nothing. */
@ExtendWith(EmulatorExtension.class)
class LocalRunnerFaultsTest {
    private static final String TRIGGER = "{\"routing_key\":\"0123456789abcdef0123456789abcdef\",\"event_action\":\"trigger\","
            + "\"dedup_key\":\"disk\",\"payload\":{\"summary\":\"Disk full on db-1\",\"source\":\"db-1\",\"severity\":\"critical\"}}";

    private LocalRunner runner;
    private String base;

    @BeforeEach
    void setUp(Emulated aws) throws IOException {
        runner = LocalRunner.start(Map.of("TOUBAN_AWS_ENDPOINT", aws.endpoint().toString(), "TOUBAN_PORT", "0"));
        base = "http://127.0.0.1:" + runner.port();
    }

    @AfterEach
    void tearDown() {
        runner.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void slackDown_duringAnIncident_smsStillPages_slackFailsVisibly_andAfterClearingSlackDelivers() {
        Response set = call("POST", "/local/faults", "{\"slack\":\"down\"}");
        Response accepted = call("POST", "/v2/enqueue", TRIGGER);
        List<String> duringOutage = kinds();
        Response shown = call("GET", "/local/faults", null);
        Response cleared = call("DELETE", "/local/faults", null);
        call("POST", "/local/clock", "{\"advance\":\"PT5M\"}");
        List<String> afterClearing = kinds().subList(duringOutage.size(), kinds().size());

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body().get("faults")).isEqualTo(Map.of("slack", Map.of("fail", 1.0)));
        assertThat(accepted.body()).containsEntry("status", "success");
        assertThat(duringOutage).contains("sms", "fault").doesNotContain("slack:chat.postMessage");
        assertThat(faultEntries()).allSatisfy(f -> assertThat(f).containsEntry("service", "slack").containsEntry("fault", "fail"))
                .extracting(f -> f.get("operation")).contains("chat.postMessage");
        assertThat(((Map<String, Map<String, Object>>) shown.body().get("injected")).get("slack").get("fail")).isNotEqualTo(0);
        assertThat(cleared.body().get("faults")).isEqualTo(Map.of());
        assertThat(afterClearing).contains("slack:chat.postMessage", "voice:SendVoiceMessage").doesNotContain("fault");
        assertThat(runner.faults().rules()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPageLeftPendingBySlackDown_isSentByTheOneMinuteSweep_beforeTheNextTierIsDue() {
        call("POST", "/local/faults", "{\"slack\":\"down\"}");
        call("POST", "/v2/enqueue", TRIGGER);
        List<String> duringOutage = kinds();
        call("DELETE", "/local/faults", null);
        Response moved = call("POST", "/local/clock", "{\"advance\":\"PT3M\"}");
        List<String> afterClearing = kinds().subList(duringOutage.size(), kinds().size());

        assertThat(duringOutage).doesNotContain("slack:chat.postMessage");
        assertThat((List<Map<String, Object>>) moved.body().get("fired")).extracting(f -> f.get("name"))
                .contains("EscalationStepFunction.Sweep");
        assertThat(afterClearing).as("tier 1's Slack page, resumed by the sweep; tier 2 is not due yet")
                .contains("slack:chat.postMessage").doesNotContain("voice:SendVoiceMessage", "fault");
    }

    @Test
    void theIssuesExamples_areAccepted_andShownAsSet() {
        Response throttle = call("POST", "/local/faults", "{\"dynamodb\":{\"throttle\":0.3}}");
        Response conflict = call("POST", "/local/faults", "{\"dynamodb\":{\"conflict\":0.2,\"operations\":[\"TransactWriteItems\"]}}");
        Response more = call("POST", "/local/faults", "{\"sms\":\"refuse\",\"voice\":\"down\",\"sns\":{\"delay\":0.5,\"by\":\"PT3S\"}}");
        Response voiceUp = call("POST", "/local/faults", "{\"voice\":\"up\"}");

        assertThat(throttle.body().get("faults")).isEqualTo(Map.of("dynamodb", Map.of("throttle", 0.3)));
        assertThat(conflict.body().get("faults")).as("a service named again gets exactly the new rule")
                .isEqualTo(Map.of("dynamodb", Map.of("conflict", 0.2, "operations", List.of("TransactWriteItems"))));
        assertThat(more.body().get("faults")).isEqualTo(Map.of(
                "dynamodb", Map.of("conflict", 0.2, "operations", List.of("TransactWriteItems")),
                "sms", Map.of("refuse", 1.0), "voice", Map.of("fail", 1.0), "sns", Map.of("delay", 0.5, "by", "PT3S")));
        assertThat(voiceUp.body().get("faults")).isEqualTo(Map.of(
                "dynamodb", Map.of("conflict", 0.2, "operations", List.of("TransactWriteItems")),
                "sms", Map.of("refuse", 1.0), "sns", Map.of("delay", 0.5, "by", "PT3S")));
        assertThat(voiceUp.body()).containsEntry("seed", 1);
    }

    @Test
    void smsRefused_isOnTheOutboxAsAFault_andTheSlackPageStillGoes() {
        call("POST", "/local/faults", "{\"sms\":\"refuse\"}");
        call("POST", "/v2/enqueue", TRIGGER);

        assertThat(kinds()).contains("slack:chat.postMessage", "fault").doesNotContain("sms");
        assertThat(faultEntries()).containsExactly(Map.of("service", "sms", "operation", "SendTextMessage", "fault", "refuse"));
    }

    @Test
    void badInput_isRefusedWithTheReason_andChangesNothing() {
        call("POST", "/local/faults", "{\"slack\":\"down\"}");
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("not json", "the body is not JSON");
        bad.put("[\"slack\"]", "send a JSON object");
        bad.put("{}", "send a JSON object");
        bad.put("{\"slak\":\"down\"}", "unknown service 'slak'");
        bad.put("{\"slack\":\"sideways\"}", "say \\\"down\\\"");
        bad.put("{\"slack\":7}", "say \\\"down\\\"");
        bad.put("{\"dynamodb\":{\"throttle\":1.5}}", "a share is a number from 0 to 1");
        bad.put("{\"dynamodb\":{\"throttle\":\"lots\"}}", "a share is a number from 0 to 1");
        bad.put("{\"dynamodb\":{\"throttle\":0.7,\"fail\":0.6}}", "add up to");
        bad.put("{\"dynamodb\":{\"throttle\":0}}", "at least one share above 0");
        bad.put("{\"dynamodb\":{\"throttl\":0.3}}", "unknown setting 'throttl'");
        bad.put("{\"dynamodb\":{\"throttle\":0.3,\"operations\":\"TransactWriteItems\"}}", "a list of operation names");
        bad.put("{\"dynamodb\":{\"throttle\":0.3,\"operations\":[\"Put Item\"]}}", "an operation is a name");
        bad.put("{\"slack\":{\"conflict\":0.2}}", "conflict is a DynamoDB fault");
        bad.put("{\"dynamodb\":\"refuse\"}", "refuse is a fault of the providers");
        bad.put("{\"sns\":{\"delay\":0.5,\"by\":\"soon\"}}", "ISO-8601 duration");
        bad.put("{\"sns\":{\"delay\":0.5,\"by\":\"PT5M\"}}", "a delay is from 0 to 60 seconds");
        bad.put("{\"voice\":\"down\",\"dynamodb\":{\"throttle\":2}}", "a share is a number from 0 to 1");
        bad.put("{\"slack\":\"up\",\"x" + "y".repeat(100) + "\":1}", "unknown service 'xyyyy");

        bad.forEach((body, reason) -> {
            Response answer = call("POST", "/local/faults", body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.raw()).as(body).contains(reason);
            assertThat(answer.body().get("faults")).as(body).isEqualTo(Map.of("slack", Map.of("fail", 1.0)));
        });
        Response oversized = call("POST", "/local/faults", "{\"slack\":\"" + "x".repeat(70_000) + "\"}");
        Response put = call("PUT", "/local/faults", "{\"slack\":\"up\"}");

        assertThat(oversized.status()).isEqualTo(400);
        assertThat(oversized.raw()).contains("over 64 KB");
        assertThat(put.status()).isEqualTo(405);
        assertThat(call("GET", "/local/faults", null).body().get("faults")).isEqualTo(Map.of("slack", Map.of("fail", 1.0)));
        assertThat(runner.faults().injections()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> faultEntries() {
        return outbox().stream().filter(e -> "fault".equals(e.get("kind"))).map(e -> (Map<String, Object>) e.get("message")).toList();
    }

    private List<String> kinds() {
        return outbox().stream().map(e -> (String) e.get("kind")).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> outbox() {
        return (List<Map<String, Object>>) call("GET", "/local/outbox", null).body().get("outbox");
    }

    private record Response(int status, Map<String, Object> body, String raw) {}

    private Response call(String method, String path, String body) {
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
                return new Response(status, text.startsWith("{") ? JSON.std.mapFrom(text) : Map.of(), text);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
