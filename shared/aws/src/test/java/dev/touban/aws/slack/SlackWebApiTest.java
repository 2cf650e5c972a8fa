package dev.touban.aws.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlackWebApiTest {
    private MockWebServer slack;
    private SlackWebApi api;

    @BeforeEach
    void setUp() throws IOException {
        slack = new MockWebServer();
        slack.start();
        api = new SlackWebApi(slack.url("/api").uri(), "xoxb-test-token");
    }

    @AfterEach
    void tearDown() {
        slack.close();
    }

    @Test
    void postMessage_sendsJsonWithTheBotToken_andReturnsTheTs() throws Exception {
        answer(200, "{\"ok\":true,\"channel\":\"C0ONCALL\",\"ts\":\"1795856400.000100\"}");

        String ts = api.postMessage("C0ONCALL", "Handoff: carol is on call", List.of(Map.of("type", "divider")));

        assertThat(ts).isEqualTo("1795856400.000100");
        RecordedRequest request = slack.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/chat.postMessage");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer xoxb-test-token");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(json(request)).containsEntry("channel", "C0ONCALL")
                .containsEntry("text", "Handoff: carol is on call")
                .containsEntry("blocks", List.of(Map.of("type", "divider")));
    }

    @Test
    void postMessage_leavesOutEmptyBlocks() throws Exception {
        answer(200, "{\"ok\":true,\"ts\":\"1.2\"}");

        api.postMessage("C0ONCALL", "plain", List.of());

        assertThat(json(slack.takeRequest())).doesNotContainKey("blocks");
    }

    @Test
    void updateMessage_namesTheMessageByTs() throws Exception {
        answer(200, "{\"ok\":true}");

        api.updateMessage("C0ONCALL", "1.2", "Acknowledged by alice", null);

        RecordedRequest request = slack.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/chat.update");
        assertThat(json(request)).containsEntry("ts", "1.2").containsEntry("text", "Acknowledged by alice");
    }

    @Test
    void openDirectMessage_returnsTheChannelId() throws Exception {
        answer(200, "{\"ok\":true,\"channel\":{\"id\":\"D0ALICE\"}}");

        assertThat(api.openDirectMessage("U01ALICE")).isEqualTo("D0ALICE");
        assertThat(json(slack.takeRequest())).containsEntry("users", "U01ALICE");
    }

    @Test
    void openDirectMessage_withoutAChannel_fails() {
        answer(200, "{\"ok\":true}");

        assertThatThrownBy(() -> api.openDirectMessage("U01ALICE")).isInstanceOf(SlackApiException.class)
                .hasMessageContaining("no channel");
    }

    @Test
    void setUserGroupUsers_sendsACommaSeparatedList() throws Exception {
        answer(200, "{\"ok\":true}");

        api.setUserGroupUsers("S0ONCALL", List.of("U03CAROL", "U01ALICE"));

        RecordedRequest request = slack.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/usergroups.users.update");
        assertThat(json(request)).containsEntry("usergroup", "S0ONCALL").containsEntry("users", "U03CAROL,U01ALICE");
    }

    @Test
    void okFalse_becomesAnExceptionNamingSlacksError() {
        answer(200, "{\"ok\":false,\"error\":\"channel_not_found\"}");

        assertThatThrownBy(() -> api.postMessage("C0GONE", "x", null))
                .isInstanceOfSatisfying(SlackApiException.class, e -> {
                    assertThat(e.method()).isEqualTo("chat.postMessage");
                    assertThat(e.error()).isEqualTo("channel_not_found");
                });
    }

    @Test
    void httpErrors_becomeAnException() {
        answer(503, "upstream down");

        assertThatThrownBy(() -> api.postMessage("C0ONCALL", "x", null))
                .isInstanceOfSatisfying(SlackApiException.class, e -> assertThat(e.error()).isEqualTo("HTTP 503"));
    }

    @Test
    void anUnreachableSlack_becomesAnException() {
        SlackWebApi nowhere = new SlackWebApi(URI.create("http://127.0.0.1:1/api/"), "xoxb");

        assertThatThrownBy(() -> nowhere.postMessage("C0ONCALL", "x", null)).isInstanceOf(SlackApiException.class);
    }

    @Test
    void respond_postsToTheResponseUrlWithoutTheToken() throws Exception {
        answer(200, "ok");

        api.respond(slack.url("/commands/T0TOUBAN/1/abc").toString(), Map.of("response_type", "ephemeral", "text", "done"));

        RecordedRequest request = slack.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/commands/T0TOUBAN/1/abc");
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(json(request)).containsEntry("text", "done");
    }

    @Test
    void respond_withAnErrorAnswer_fails() {
        answer(404, "no_active_hooks");

        assertThatThrownBy(() -> api.respond(slack.url("/commands/expired").toString(), Map.of("text", "late")))
                .isInstanceOf(SlackApiException.class);
    }

    private void answer(int code, String body) {
        slack.enqueue(new MockResponse.Builder().code(code).body(body).build());
    }

    private static Map<String, Object> json(RecordedRequest request) throws IOException {
        return JSON.std.mapFrom(request.getBody().utf8());
    }
    @Test
    void rateLimited_waitsTheRetryAfterSlackAsks_andTriesAgain() throws Exception {
        List<java.time.Duration> waits = new java.util.ArrayList<>();
        SlackWebApi patient = new SlackWebApi(slack.url("/api").uri(), "xoxb-test-token", waits::add);
        slack.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2").body("{\"ok\":false,\"error\":\"ratelimited\"}").build());
        answer(200, "{\"ok\":true,\"ts\":\"1.2\"}");

        String ts = patient.postMessage("C0ONCALL", "again", List.of());

        assertThat(ts).isEqualTo("1.2");
        assertThat(waits).containsExactly(java.time.Duration.ofSeconds(2));
        assertThat(slack.getRequestCount()).isEqualTo(2);
    }

    @Test
    void rateLimitedForLongerThanTheBound_failsAsTransient_withoutWaiting() {
        List<java.time.Duration> waits = new java.util.ArrayList<>();
        SlackWebApi patient = new SlackWebApi(slack.url("/api").uri(), "xoxb-test-token", waits::add);
        slack.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "30").build());

        assertThatThrownBy(() -> patient.postMessage("C0ONCALL", "later", List.of()))
                .isInstanceOfSatisfying(SlackApiException.class, e -> assertThat(e.transientFailure()).isTrue())
                .hasMessageContaining("Retry-After 30 s");
        assertThat(waits).isEmpty();
        assertThat(slack.getRequestCount()).isEqualTo(1);
    }

    @Test
    void rateLimitedAgainAndAgain_givesUpAfterTwoWaits() {
        List<java.time.Duration> waits = new java.util.ArrayList<>();
        SlackWebApi patient = new SlackWebApi(slack.url("/api").uri(), "xoxb-test-token", waits::add);
        for (int i = 0; i < 3; i++) {
            slack.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
        }

        assertThatThrownBy(() -> patient.postMessage("C0ONCALL", "later", List.of())).isInstanceOf(SlackApiException.class);
        assertThat(waits).containsExactly(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1));
        assertThat(slack.getRequestCount()).isEqualTo(3);
    }

    @Test
    void slackRefusingTheCall_isDefinitive_andSlackDown_isTransient() {
        answer(200, "{\"ok\":false,\"error\":\"channel_not_found\"}");
        answer(503, "{}");

        assertThatThrownBy(() -> api.postMessage("C0GONE", "x", List.of()))
                .isInstanceOfSatisfying(SlackApiException.class, e -> assertThat(e.transientFailure()).isFalse());
        assertThatThrownBy(() -> api.postMessage("C0ONCALL", "x", List.of()))
                .isInstanceOfSatisfying(SlackApiException.class, e -> assertThat(e.transientFailure()).isTrue());
    }
}
