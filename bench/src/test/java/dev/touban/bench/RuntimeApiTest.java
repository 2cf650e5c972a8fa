package dev.touban.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The local Runtime API, driven the way the runtime interface client drives it. */
class RuntimeApiTest {

    @Test
    void handsOutEachEventOnce_andCollectsTheAnswersInOrder() throws Exception {
        try (RuntimeApi api = RuntimeApi.start(i -> ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8), 2, true)) {
            api.watch(ProcessHandle.current().pid());
            for (int i = 0; i < 2; i++) {
                HttpURLConnection next = open(api, "/2018-06-01/runtime/invocation/next", "GET");
                assertThat(next.getResponseCode()).isEqualTo(200);
                String id = next.getHeaderField("Lambda-Runtime-Aws-Request-Id");
                assertThat(next.getHeaderField("Lambda-Runtime-Deadline-Ms")).isNotBlank();
                assertThat(new String(next.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":" + i + "}");
                assertThat(post(api, "/2018-06-01/runtime/invocation/" + id + "/response", "answer " + i)).isEqualTo(202);
            }

            List<RuntimeApi.Answer> answers = api.await(Duration.ofSeconds(10));

            assertThat(answers).extracting(RuntimeApi.Answer::index).containsExactly(0, 1);
            assertThat(answers).extracting(RuntimeApi.Answer::body).containsExactly("answer 0", "answer 1");
            assertThat(answers.get(0).process().peakRssKb()).isPositive();
        }
    }

    @Test
    void aHandlerError_failsTheRunWithItsMessage() throws Exception {
        try (RuntimeApi api = RuntimeApi.start(i -> "{}".getBytes(StandardCharsets.UTF_8), 1, false)) {
            HttpURLConnection next = open(api, "/2018-06-01/runtime/invocation/next", "GET");
            String id = next.getHeaderField("Lambda-Runtime-Aws-Request-Id");
            next.getInputStream().readAllBytes();

            post(api, "/2018-06-01/runtime/invocation/" + id + "/error", "{\"errorMessage\":\"boom\"}");

            assertThatThrownBy(() -> api.await(Duration.ofSeconds(10))).hasMessageContaining("the handler failed").hasMessageContaining("boom");
        }
    }

    private static HttpURLConnection open(RuntimeApi api, String path, String method) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://" + api.address() + path).toURL().openConnection();
        c.setRequestMethod(method);
        return c;
    }

    private static int post(RuntimeApi api, String path, String body) throws IOException {
        HttpURLConnection c = open(api, path, "POST");
        c.setDoOutput(true);
        try (OutputStream out = c.getOutputStream()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
        int status = c.getResponseCode();
        c.getInputStream().readAllBytes();
        return status;
    }
}
