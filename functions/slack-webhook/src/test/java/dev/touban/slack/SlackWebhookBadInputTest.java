package dev.touban.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.touban.slack.WebhookHarness.Answer;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.SlackRequests;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field of the slash-command form, missing, empty, oversized and malformed, in a signed
 * {@code /oncall hello} that would otherwise clock Alice in: each gets a clear 4xx or an
 * ephemeral Slack message, and the table stays empty.
 */
@ExtendWith(EmulatorExtension.class)
class SlackWebhookBadInputTest {
    private static final String NOT_SLACK = "field response_url is not a Slack response URL (https://hooks.slack.com/...)";
    private static final String HELLO = "slack-command-hello.json";
    private static final String HELLO_BODY = SlackRequests.body(SlackRequests.event(HELLO));

    private WebhookHarness webhook;

    @BeforeEach
    void setUp(Emulated aws) {
        webhook = new WebhookHarness(aws);
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                http400("command", "missing", null, "field command is missing"),
                http400("command", "empty", "", "field command is missing"),
                http400("command", "oversized", "/" + "a".repeat(40), "field command is not a slash command"),
                http400("command", "without a slash", "oncall", "field command is not a slash command"),
                http400("command", "with spaces", "/on call", "field command is not a slash command"),
                slack("command", "another app's command", "/deploy", "This app answers `/oncall`, not `/deploy`."),

                slack("text", "missing", null, "*Touban* on-call commands:"),
                slack("text", "empty", "", "*Touban* on-call commands:"),
                slack("text", "blank", "   ", "*Touban* on-call commands:"),
                slack("text", "oversized", "hello " + "x".repeat(2000), "the limit is 2000. Nothing was done."),
                slack("text", "with an oversized note", "hello " + "x".repeat(201), "keep it to 200. Nothing was recorded."),
                slack("text", "an unknown word", "helo", "I don't know `helo`."),

                http400("user_id", "missing", null, "field user_id is missing"),
                http400("user_id", "empty", "", "field user_id is missing"),
                http400("user_id", "oversized", "U" + "A".repeat(30), "field user_id is not a Slack user id"),
                http400("user_id", "a name", "alice", "field user_id is not a Slack user id"),
                http400("user_id", "lower case", "u01alice", "field user_id is not a Slack user id"),
                http400("user_id", "a mention", "<@U01ALICE>", "field user_id is not a Slack user id"),
                slack("user_id", "unknown", "U0NOBODY", "You (<@U0NOBODY>) are not in Touban's roster yet."),

                http400("channel_id", "missing", null, "field channel_id is missing"),
                http400("channel_id", "empty", "", "field channel_id is missing"),
                http400("channel_id", "oversized", "C" + "A".repeat(30), "field channel_id is not a Slack channel id"),
                http400("channel_id", "a name", "#oncall", "field channel_id is not a Slack channel id"),

                http400("team_id", "missing", null, "field team_id is missing"),
                http400("team_id", "empty", "", "field team_id is missing"),
                http400("team_id", "oversized", "T" + "A".repeat(30), "field team_id is not a Slack workspace id"),
                http400("team_id", "a domain", "touban-example", "field team_id is not a Slack workspace id"),

                http400("response_url", "missing", null, "field response_url is missing"),
                http400("response_url", "empty", "", "field response_url is missing"),
                http400("response_url", "oversized", "https://hooks.slack.com/commands/" + "a".repeat(500), NOT_SLACK),
                http400("response_url", "plain http", "http://hooks.slack.com/commands/T0TOUBAN/1/x", NOT_SLACK),
                http400("response_url", "another scheme", "ftp://hooks.slack.com/x", NOT_SLACK),
                http400("response_url", "with a space", "https://hooks.slack.com/a b", NOT_SLACK),
                http400("response_url", "not a URL", "call me back", NOT_SLACK),
                http400("response_url", "another https host", "https://attacker.example/steal", NOT_SLACK),
                http400("response_url", "a look-alike host", "https://hooks.slack.com.attacker.example/x", NOT_SLACK),
                http400("response_url", "user info", "https://hooks.slack.com@attacker.example/x", NOT_SLACK),
                http400("response_url", "a port", "https://hooks.slack.com:8443/commands/T0/1/x", NOT_SLACK),
                http400("response_url", "the Lambda Runtime API", "http://127.0.0.1:9001/2018-06-01/runtime/invocation/next", NOT_SLACK),
                http400("response_url", "the local runner's endpoint", "http://127.0.0.1:3000/local/response", NOT_SLACK),
                http400("response_url", "a dot segment", "https://hooks.slack.com/commands/../../x", NOT_SLACK),

                http400("trigger_id", "missing", null, "field trigger_id is missing"),
                http400("trigger_id", "empty", "", "field trigger_id is missing"),
                http400("trigger_id", "oversized", "1".repeat(200) + ".1.ab", "field trigger_id is not a Slack trigger id"),
                http400("trigger_id", "malformed", "abc", "field trigger_id is not a Slack trigger id"),
                http400("trigger_id", "upper-case hex", "1.2.ABC", "field trigger_id is not a Slack trigger id"));
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @MethodSource("badFields")
    void badField_isAnsweredClearly_andChangesNothing(String field, String description, String value, int status, String says) {
        Map<String, String> change = new HashMap<>();
        change.put(field, value);

        Answer answer = webhook.send(HELLO, change);

        assertThat(answer.status()).isEqualTo(status);
        if (status == 200) {
            assertThat(answer.ephemeral()).isTrue();
            assertThat(answer.text()).contains(says);
        } else {
            assertThat(answer.body()).contains(says);
        }
        assertThat(webhook.items()).isEmpty();
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                arguments("a field given twice", HELLO_BODY + "&user_id=U02BOB", 400, "field user_id is given twice"),
                arguments("text given twice", HELLO_BODY + "&text=bye", 400, "field text is given twice"),
                arguments("broken percent-encoding", HELLO_BODY.replace("text=hello", "text=%ZZhello"), 400, "not valid URL encoding"),
                arguments("a cut-off percent-encoding", HELLO_BODY + "&x=%4", 400, "not valid URL encoding"),
                arguments("a field sent as an array", HELLO_BODY.replace("user_id=", "user_id[]="), 400, "field user_id is missing"),
                arguments("a JSON body", "{\"command\":\"/oncall\",\"text\":\"hello\"}", 400, "field command is missing"),
                arguments("an empty body", "", 400, "field command is missing"),
                arguments("text that is not UTF-8", HELLO_BODY.replace("text=hello+weekend+standby", "text=%FF%FE"), 200, "I don't know"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("badBodies")
    void badBody_isAnsweredClearly_andChangesNothing(String description, String body, int status, String says) {
        Answer answer = webhook.sendBody(HELLO, body);

        assertThat(answer.status()).isEqualTo(status);
        assertThat(status == 200 ? answer.text() : answer.body()).contains(says);
        assertThat(webhook.items()).isEmpty();
    }

    @Test
    void aBodyOver16KiB_isRefusedWith413() {
        String body = HELLO_BODY + "&padding=" + "x".repeat(16 * 1024);

        Answer answer = webhook.sendBody(HELLO, body);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("over 16384 bytes");
        assertThat(webhook.items()).isEmpty();
    }

    @Test
    void aBodyOfExactly16KiB_isRead() {
        String body = HELLO_BODY.replace("text=hello+weekend+standby", "text=hello+" + "x".repeat(16 * 1024 - HELLO_BODY.length() + 15));
        assertThat(body).hasSize(16 * 1024);

        Answer answer = webhook.sendBody(HELLO, body);

        assertThat(answer.text()).contains("the limit is 2000");
        assertThat(webhook.items()).isEmpty();
    }

    @Test
    void multiByteText_countsInBytesAgainstTheLimit() {
        // 6,000 characters but 18,000 bytes
        Answer answer = webhook.send(HELLO, Map.of("text", "hello " + "週".repeat(6000)));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(webhook.items()).isEmpty();
    }

    @Test
    void aJsonContentType_isRefusedWith415() {
        String signed = webhook.slack.signedEvent(HELLO, webhook.clock.instant());

        Answer answer = webhook.invoke(SlackRequests.withHeader(signed, "Content-Type", "application/json"));

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.body()).contains("application/x-www-form-urlencoded");
        assertThat(webhook.items()).isEmpty();
    }

    @Test
    void aMissingContentType_isRefusedWith415() {
        String signed = webhook.slack.signedEvent(HELLO, webhook.clock.instant());

        assertThat(webhook.invoke(SlackRequests.withoutHeader(signed, "Content-Type")).status()).isEqualTo(415);
        assertThat(webhook.items()).isEmpty();
    }

    @Test
    void aFormContentTypeWithCharset_isAccepted() {
        String signed = webhook.slack.signedEvent(HELLO, webhook.clock.instant());

        Answer answer = webhook.invoke(SlackRequests.withHeader(signed, "Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"));

        assertThat(answer.text()).startsWith(":wave: Clocked in");
        assertThat(webhook.items("CHECKIN")).hasSize(1);
    }

    @Test
    void aGet_isRefusedWith405() {
        String signed = webhook.slack.signedEvent(HELLO, webhook.clock.instant());

        Answer answer = webhook.invoke(WebhookHarness.withMethod(signed, "GET"));

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.body()).contains("POST");
        assertThat(webhook.items()).isEmpty();
    }

    @Test
    void anotherPath_isRefusedWith404() {
        String signed = webhook.slack.signedEvent(HELLO, webhook.clock.instant());

        assertThat(webhook.invoke(WebhookHarness.withPath(signed, "/slack/command")).status()).isEqualTo(404);
        assertThat(webhook.invoke(WebhookHarness.withPath(signed, "/slack/commands/")).status()).isEqualTo(404);
        assertThat(webhook.invoke(WebhookHarness.withPath(signed, "/slack/events")).status()).isEqualTo(404);
        assertThat(webhook.items()).isEmpty();
    }

    private static Arguments http400(String field, String description, String value, String says) {
        return arguments(field, description, value, 400, says);
    }

    private static Arguments slack(String field, String description, String value, String says) {
        return arguments(field, description, value, 200, says);
    }
}
