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

/** The README's quick start over HTTP: the example key triggers, the outbox shows the SMS page with its code, POST /local/sms plays the reply. */
@ExtendWith(EmulatorExtension.class)
class LocalRunnerSmsTest {
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
    void theSmsPageCarriesACode_andAReplyWithItThroughLocalSms_acknowledges() {
        String trigger = "{\"routing_key\":\"0123456789abcdef0123456789abcdef\",\"event_action\":\"trigger\",\"dedup_key\":\"disk\","
                + "\"payload\":{\"summary\":\"Disk full on db-1\",\"source\":\"db-1\",\"severity\":\"critical\"}}";

        int accepted = status("POST", "/v2/enqueue", trigger);
        Map<String, Object> page = sms().get(0);
        Matcher reply = Pattern.compile("Reply (ACK 1 [0-9A-Z]{4})$").matcher((String) page.get("text"));
        assertThat(reply.find()).as(page.toString()).isTrue();
        String onCall = (String) page.get("to");
        int wrong = status("POST", "/local/sms", "{\"from\":\"" + onCall + "\",\"body\":\"ACK 1\"}");
        int right = status("POST", "/local/sms", "{\"from\":\"" + onCall + "\",\"body\":\"" + reply.group(1) + "\"}");

        assertThat(accepted).isEqualTo(202);
        assertThat(onCall).as("whoever the example rotation has on call now").startsWith("+");
        assertThat(page).containsEntry("from", LocalSms.TWO_WAY_NUMBER);
        assertThat(List.of(wrong, right)).containsExactly(202, 202);
        assertThat(sms()).extracting(m -> m.get("text")).containsExactly(page.get("text"),
                "Touban: reply ACK, the incident number and the code from the page to acknowledge, e.g. ACK 42 7Q3F (RESOLVE 42 7Q3F resolves).",
                "Touban: #1 acknowledged. Escalation stopped.");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> sms() {
        try {
            String text = get("/local/outbox");
            List<Map<String, Object>> outbox = (List<Map<String, Object>>) JSON.std.mapFrom(text).get("outbox");
            return outbox.stream().filter(e -> "sms".equals(e.get("kind"))).map(e -> (Map<String, Object>) e.get("message")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String get(String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        try (InputStream in = c.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private int status(String method, String path, String body) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            c.setRequestMethod(method);
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            c.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            return c.getResponseCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
