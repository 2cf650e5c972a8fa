package dev.touban.slack.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.http.Json;
import dev.touban.aws.incident.IncidentRuntime;
import dev.touban.domain.slack.ResponseUrl;
import dev.touban.testing.ApiRecorder;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MutableClock;
import dev.touban.testing.RepoFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The follow-up function trusts nothing on its event: a malformed one is rejected whole, before any Slack call. */
@ExtendWith(EmulatorExtension.class)
class SlackFollowUpHandlerTest {
    private ApiRecorder slack;
    private SlackFollowUpHandler handler;

    @BeforeEach
    void setUp(Emulated aws) {
        slack = ApiRecorder.start();
        Map<String, String> env = new HashMap<>();
        env.put("TOUBAN_AWS_ENDPOINT", aws.endpoint().toString());
        env.put("AWS_REGION", aws.region().id());
        env.put("TABLE_NAME", aws.tableName());
        env.put("TOUBAN_CONFIG", RepoFiles.path("config/oncall.example.yaml").toString());
        env.put("SLACK_BOT_TOKEN", "xoxb-test");
        env.put("SLACK_API_BASE", slack.slackBase().toString());
        IncidentRuntime runtime = IncidentRuntime.builder(env, new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())),
                new MutableClock(Instant.parse("2026-11-28T09:00:00Z"))).build();
        handler = new SlackFollowUpHandler(runtime, env, ResponseUrl.slackOrLocal(slack.responseEndpoint()));
    }

    @AfterEach
    void tearDown() {
        slack.close();
    }

    @Test
    void aNoticeAndAReply_areCarriedOut() throws Exception {
        run(event("{\"followUps\":[{\"kind\":\"notice\",\"member\":\"bob\",\"text\":\"hello\"},"
                + "{\"kind\":\"reply\",\"responseUrl\":\"" + slack.responseUrl("r") + "\",\"text\":\"done\",\"replaceOriginal\":true}]}"));

        assertThat(slack.calls("chat.postMessage")).singleElement().satisfies(c -> assertThat(c.body()).containsEntry("channel", "DU02BOB")
                .containsEntry("text", "hello"));
        assertThat(slack.calls("response_url")).singleElement().satisfies(c -> assertThat(c.body()).containsEntry("text", "done")
                .containsEntry("replace_original", true));
    }

    @Test
    void aNoticeToSomeoneOutsideTheRoster_anOfferOfNoProposal_andABoardOfNoIncident_doNothing() throws Exception {
        run(event("{\"followUps\":[{\"kind\":\"notice\",\"member\":\"mallory\",\"text\":\"hi\"},"
                + "{\"kind\":\"swapOffer\",\"team\":\"sre\",\"proposal\":\"s22222\"},{\"kind\":\"board\",\"incident\":7,\"headline\":\"x\"}]}"));

        assertThat(slack.calls()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not json",
        "[]",
        "{\"source\":\"someone.else\",\"detail-type\":\"SlackFollowUp\",\"detail\":{\"followUps\":[{\"kind\":\"notice\",\"member\":\"bob\",\"text\":\"x\"}]}}",
        "{\"source\":\"touban\",\"detail-type\":\"EscalationStepDue\",\"detail\":{\"followUps\":[{\"kind\":\"notice\",\"member\":\"bob\",\"text\":\"x\"}]}}",
        "{\"source\":\"touban\",\"source\":\"touban\",\"detail-type\":\"SlackFollowUp\",\"detail\":{\"followUps\":[]}}",
        "DETAIL{\"followUps\":[]}",
        "DETAIL{\"followUps\":{}}",
        "DETAIL{\"followUps\":[{\"kind\":\"notice\",\"member\":\"bob\",\"text\":\"x\"},{\"kind\":\"shell\"}]}",
        "DETAIL{\"followUps\":[{\"kind\":\"notice\",\"member\":\"bob\",\"text\":\"x\"},{\"kind\":\"reply\",\"responseUrl\":\"https://evil.example/hooks.slack.com/x\",\"text\":\"x\"}]}",
        "DETAIL{\"followUps\":[{\"kind\":\"board\",\"incident\":\"1; drop\",\"headline\":\"x\"}]}",
        "DETAIL{\"followUps\":[{\"kind\":\"board\",\"incident\":1.5,\"headline\":\"x\"}]}",
        "DETAIL{\"followUps\":[{\"kind\":\"board\",\"incident\":-1,\"headline\":\"x\"}]}",
        "DETAIL{\"followUps\":[{\"kind\":\"notice\",\"member\":\"../bob\",\"text\":\"x\"}]}",
        "DETAIL{\"followUps\":[{\"kind\":\"notice\",\"member\":\"bob\",\"text\":\"\"}]}",
        "DETAIL{\"followUps\":[{\"kind\":\"swapOffer\",\"team\":\"sre\",\"proposal\":\"o22222\"}]}",
        "DETAIL{\"followUps\":[{\"kind\":\"notice\",\"member\":\"bob\",\"member\":\"alice\",\"text\":\"x\"}]}",
    })
    void aMalformedEvent_isRejectedWhole_beforeAnySlackCall(String body) {
        String event = body.startsWith("DETAIL") ? event(body.substring("DETAIL".length())) : body;

        assertThatThrownBy(() -> run(event)).isInstanceOf(IllegalArgumentException.class);
        assertThat(slack.calls()).isEmpty();
    }

    @Test
    void tooManyFollowUps_orATooLongText_areRejected() {
        String eleven = "{\"followUps\":[" + String.join(",", java.util.Collections.nCopies(11, "{\"kind\":\"notice\",\"member\":\"bob\",\"text\":\"x\"}")) + "]}";
        String longText = "{\"followUps\":[{\"kind\":\"notice\",\"member\":\"bob\",\"text\":\"" + "x".repeat(3001) + "\"}]}";

        assertThatThrownBy(() -> run(event(eleven))).hasMessageContaining("1 to 10 follow-ups");
        assertThatThrownBy(() -> run(event(longText))).hasMessageContaining("1 to 3000 characters");
        assertThat(slack.calls()).isEmpty();
    }

    @Test
    void whatTheWebhookWrites_theHandlerReads() {
        List<FollowUp> all = List.of(new FollowUp.Board(42, "Acknowledged by Bob"), new FollowUp.Reply(slack.responseUrl("x"), "t", true),
                new FollowUp.Notice("bob", "n"), new FollowUp.SwapOffer("sre", "s23456"));
        Map<String, Object> event = new HashMap<>(Map.of("source", "touban", "detail-type", FollowUpEvents.DETAIL_TYPE));
        event.put("detail", Json.parseObject(Json.write(FollowUpEvents.detail(all))));

        assertThat(FollowUpEvents.read(event, ResponseUrl.slackOrLocal(slack.responseEndpoint()))).isEqualTo(all);
    }

    private static String event(String detail) {
        return "{\"version\":\"0\",\"source\":\"touban\",\"detail-type\":\"SlackFollowUp\",\"detail\":" + detail + "}";
    }

    private void run(String event) throws Exception {
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(), null);
    }
}
