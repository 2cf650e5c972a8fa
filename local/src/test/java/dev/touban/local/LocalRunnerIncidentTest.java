package dev.touban.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The local runner over HTTP: an Events API trigger pages at once, moving the clock fires the next tier, the outbox shows every page. */
@ExtendWith(EmulatorExtension.class)
class LocalRunnerIncidentTest {
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
    void trigger_thenMovingTheClock_pagesTierTwo_andTheOutboxShowsEveryPage() {
        String body = "{\"routing_key\":\"0123456789abcdef0123456789abcdef\",\"event_action\":\"trigger\",\"dedup_key\":\"disk\","
                + "\"payload\":{\"summary\":\"Disk full on db-1\",\"source\":\"db-1\",\"severity\":\"critical\"}}";

        Map<String, Object> accepted = call("POST", "/v2/enqueue", body);
        List<String> afterTrigger = kinds();
        Map<String, Object> moved = call("POST", "/local/clock", "{\"advance\":\"PT5M\"}");
        List<String> afterFiveMinutes = kinds();

        assertThat(accepted).containsEntry("status", "success").containsEntry("dedup_key", "disk");
        assertThat(afterTrigger).contains("slack:chat.postMessage", "sms").doesNotContain("voice:SendVoiceMessage");
        assertThat((List<Map<String, Object>>) moved.get("fired")).extracting(f -> f.get("name")).containsExactly("incident-1-step-1");
        assertThat(afterFiveMinutes).contains("voice:SendVoiceMessage");
        assertThat(afterFiveMinutes.stream().filter("sms"::equals).count()).isEqualTo(2);
        assertThat(call("POST", "/local/clock", "{\"advance\":\"PT1M\"}").get("fired")).isEqualTo(List.of());
        assertThat(call("POST", "/local/clock", "{\"advance\":\"soon\"}")).containsKey("error");
    }

    /** The README's quick start: the example key triggers, the SMS page in the outbox carries a code, and POST /local/sms plays the reply. */
    @Test
    void theSmsPageCarriesACode_andAReplyWithItThroughLocalSms_acknowledges() {
        String trigger = "{\"routing_key\":\"0123456789abcdef0123456789abcdef\",\"event_action\":\"trigger\",\"dedup_key\":\"disk\","
                + "\"payload\":{\"summary\":\"Disk full on db-1\",\"source\":\"db-1\",\"severity\":\"critical\"}}";

        Map<String, Object> accepted = call("POST", "/v2/enqueue", trigger);
        Map<String, Object> page = sms().get(0);
        Matcher reply = Pattern.compile("Reply (ACK 1 [0-9A-Z]{4})$").matcher((String) page.get("text"));
        assertThat(reply.find()).as(page.toString()).isTrue();
        String onCall = (String) page.get("to");
        Map<String, Object> wrong = call("POST", "/local/sms", "{\"from\":\"" + onCall + "\",\"body\":\"ACK 1\"}");
        Map<String, Object> right = call("POST", "/local/sms", "{\"from\":\"" + onCall + "\",\"body\":\"" + reply.group(1) + "\"}");

        assertThat(accepted).containsEntry("status", "success");
        assertThat(onCall).as("whoever the example rotation has on call now").startsWith("+");
        assertThat(page).containsEntry("from", LocalSms.TWO_WAY_NUMBER);
        assertThat(List.of(wrong, right)).extracting(m -> m.get("text")).containsExactly("delivered", "delivered");
        assertThat(sms()).extracting(m -> m.get("text")).containsExactly(page.get("text"),
                "Touban: reply ACK, the incident number and the code from the page to acknowledge, e.g. ACK 42 7Q3F (RESOLVE 42 7Q3F resolves).",
                "Touban: #1 acknowledged. Escalation stopped.");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> sms() {
        List<Map<String, Object>> outbox = (List<Map<String, Object>>) call("GET", "/local/outbox", null).get("outbox");
        return outbox.stream().filter(e -> "sms".equals(e.get("kind"))).map(e -> (Map<String, Object>) e.get("message")).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> kinds() {
        List<Map<String, Object>> outbox = (List<Map<String, Object>>) call("GET", "/local/outbox", null).get("outbox");
        return outbox.stream().map(e -> (String) e.get("kind")).toList();
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
