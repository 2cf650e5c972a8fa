package dev.touban.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.jr.ob.JSON;
import java.net.InetAddress;
import java.net.URI;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The Events API client against a local HTTP server: the request monitoring would send, and what it reports back. */
class HttpEventsApiTest {

    @Test
    void send_postsTheEventAsJson_andReportsTheAnswer() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().code(202).body("{\"status\":\"success\",\"dedup_key\":\"k\"}").build());
            server.start(InetAddress.getLoopbackAddress(), 0);

            EventsApi.Answer answer = new HttpEventsApi(server.url("/v2/enqueue").uri())
                    .send(Map.of("routing_key", "r", "event_action", "resolve", "dedup_key", "k"));

            RecordedRequest request = server.takeRequest();
            assertThat(request.getMethod()).isEqualTo("POST");
            assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/enqueue");
            assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
            assertThat(request.getHeaders().get("User-Agent")).as("the intake names the actor after it").isEqualTo("touban-canary/1");
            assertThat(JSON.std.mapFrom(request.getBody().utf8())).isEqualTo(Map.of("routing_key", "r", "event_action", "resolve", "dedup_key", "k"));
            assertThat(answer.accepted()).isTrue();
            assertThat(answer.body()).contains("success");
        }
    }

    @Test
    void send_reportsARefusal_withItsStatusAndBody() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().code(400).body("{\"errors\":[\"routing_key is not a key\"]}").build());
            server.start(InetAddress.getLoopbackAddress(), 0);

            EventsApi.Answer answer = new HttpEventsApi(server.url("/v2/enqueue").uri()).send(Map.of("event_action", "trigger"));

            assertThat(answer.accepted()).isFalse();
            assertThat(answer.toString()).isEqualTo("HTTP 400 {\"errors\":[\"routing_key is not a key\"]}");
        }
    }

    @Test
    void send_toNothingListening_isStatusZero_notAnException() throws Exception {
        int port;
        try (MockWebServer server = new MockWebServer()) {
            server.start(InetAddress.getLoopbackAddress(), 0);
            port = server.getPort();
        }

        EventsApi.Answer answer = new HttpEventsApi(URI.create("http://127.0.0.1:" + port + "/v2/enqueue")).send(Map.of());

        assertThat(answer.status()).isZero();
        assertThat(answer.toString()).startsWith("unreachable (");
    }

    @Test
    void aUrlThatIsNotHttp_isRefusedAtColdStart() {
        assertThatThrownBy(() -> new HttpEventsApi(URI.create("file:///etc/passwd"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EVENTS_API_URL must be an http(s) URL");
    }
}
