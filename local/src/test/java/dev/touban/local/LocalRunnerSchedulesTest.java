package dev.touban.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.domain.links.TeamToken;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The local runner end to end: its own moto, the real handlers, the template's schedules fired by moving the clock. */
class LocalRunnerSchedulesTest {
    private static LocalRunner runner;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        runner = LocalRunner.start(Map.of("TOUBAN_PORT", "0", "TOUBAN_CLOCK_START", "2026-12-07T09:59:00+09:00"));
    }

    @AfterAll
    static void stop() {
        runner.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void advancingPastAHandoff_runsTheSweepThere_whichHandsOffBothRotations_andTheOutboxHoldsEverythingSent() throws Exception {
        Map<String, Object> moved = post("/local/clock", "{\"advance\":\"PT2M\"}", 200);

        List<Map<String, Object>> fired = (List<Map<String, Object>>) moved.get("fired");
        assertThat(fired).singleElement().satisfies(f -> {
            assertThat(f.get("name")).isEqualTo("RotationHandoffFunction.HandoffSweep");
            assertThat(f.get("at")).isEqualTo("2026-12-07T01:00:00Z");
            Map<String, Object> result = (Map<String, Object>) f.get("result");
            assertThat(result.get("status")).isEqualTo("ok");
            assertThat((List<Map<String, Object>>) result.get("handoffs")).extracting(h -> h.get("rotation") + ":" + h.get("status"))
                    .containsExactly("sre-primary:handed-off", "sre-secondary:handed-off");
        });
        assertThat(moved.get("now")).asString().startsWith("2026-12-07T01:01");

        List<Map<String, Object>> outbox = (List<Map<String, Object>>) get("/local/outbox").get("outbox");
        assertThat(outbox).extracting(e -> e.get("kind")).containsExactlyInAnyOrder(
                "slack:chat.postMessage", "slack:usergroups.users.update", "sns:publish", "eventbridge:OnCallShiftStarted",
                "slack:chat.postMessage", "sns:publish", "eventbridge:OnCallShiftStarted");
        Map<String, Object> group = outbox.stream().filter(e -> e.get("kind").equals("slack:usergroups.users.update")).findFirst().orElseThrow();
        assertThat((Map<String, Object>) group.get("message")).containsEntry("usergroup", "S0ONCALL").containsEntry("users", "U01ALICE");

        Map<String, Object> again = post("/local/clock", "{\"advance\":\"PT1M\"}", 200);
        assertThat((List<Object>) again.get("fired")).isEmpty();

        Map<String, Object> week = post("/local/clock", "{\"advance\":\"P7D\"}", 200);
        assertThat((List<Map<String, Object>>) week.get("fired")).singleElement()
                .satisfies(f -> assertThat(f.get("at")).isEqualTo("2026-12-14T01:00:00Z"));
        List<Map<String, Object>> after = (List<Map<String, Object>>) get("/local/outbox").get("outbox");
        assertThat(after).filteredOn(e -> e.get("kind").equals("slack:usergroups.users.update")).last()
                .satisfies(e -> assertThat((Map<String, Object>) e.get("message")).containsEntry("users", "U02BOB"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "[]", "{}", "{\"advance\":\"seven days\"}", "{\"set\":\"tomorrow\"}",
            "{\"advance\":\"P1D\",\"set\":\"2026-12-07T10:00:00+09:00\"}", "{\"advance\":\"P999D\"}"})
    void badClockMoves_areRefusedWithA400(String body) throws Exception {
        Map<String, Object> answer = post("/local/clock", body, 400);

        assertThat((String) answer.get("error")).isNotBlank();
    }

    @Test
    void schedulePage_isServedWithTheTeamsLink_andNotWithout() throws Exception {
        String token = new TeamToken(LocalRunner.CALENDAR_KEY).forTeam("sre", 1);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/schedule/sre?token=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> without = http.send(HttpRequest.newBuilder(uri("/schedule/sre")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("SRE on call");
        assertThat(page.headers().firstValue("content-security-policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
        assertThat(without.statusCode()).isEqualTo(404);
    }

    private static Map<String, Object> post(String path, String body, int status) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.std.mapFrom(r.body());
    }

    private static Map<String, Object> get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.std.mapFrom(r.body());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + runner.port() + path);
    }
}
