package dev.touban.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.domain.slack.ResponseUrl;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlashCommandFormTest {
    private static final Map<String, String> SLACK_FORM = Map.of(
            "command", "/oncall",
            "text", "hello weekend standby",
            "user_id", "U01ALICE",
            "channel_id", "C0ONCALL",
            "team_id", "T0TOUBAN",
            "response_url", "https://hooks.slack.com/commands/T0TOUBAN/8123456789012/xYzAbCdEfGhIjKlMnOpQrStU",
            "trigger_id", "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");

    @Test
    void parse_readsEveryFieldSlackSends() throws Exception {
        SlashCommandForm form = SlashCommandForm.parse(SLACK_FORM);

        assertThat(form).isEqualTo(new SlashCommandForm("/oncall", "hello weekend standby", "U01ALICE", "C0ONCALL", "T0TOUBAN",
                SLACK_FORM.get("response_url"), SLACK_FORM.get("trigger_id")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"command", "user_id", "channel_id", "team_id", "response_url", "trigger_id"})
    void parse_refusesAFormWithoutAFieldSlackAlwaysSends(String field) {
        Map<String, String> form = new HashMap<>(SLACK_FORM);
        form.remove(field);

        assertThatThrownBy(() -> SlashCommandForm.parse(form)).isInstanceOf(SlashCommandForm.BadForm.class)
                .hasMessage("field " + field + " is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"command", "user_id", "channel_id", "team_id", "response_url", "trigger_id"})
    void parse_treatsAnEmptyFieldAsMissing(String field) {
        Map<String, String> form = new HashMap<>(SLACK_FORM);
        form.put(field, "");

        assertThatThrownBy(() -> SlashCommandForm.parse(form)).hasMessage("field " + field + " is missing");
    }

    @Test
    void parse_refusesAnOversizedTriggerId() {
        Map<String, String> form = new HashMap<>(SLACK_FORM);
        form.put("trigger_id", "1".repeat(200) + ".1.ab");

        assertThatThrownBy(() -> SlashCommandForm.parse(form)).hasMessageStartingWith("field trigger_id is not a Slack trigger id");
    }

    @Test
    void parse_acceptsAMissingText_asNoSubcommand() throws Exception {
        Map<String, String> form = new HashMap<>(SLACK_FORM);
        form.remove("text");

        assertThat(SlashCommandForm.parse(form).text()).isEmpty();
    }

    /** Found by fuzzing (SlashCommandFormFuzzTest, input response-url-with-a-control-character): [^\\s] let U+001F through. */
    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.slack.com\u001Fcommands/T0TOUBAN/1/x", "https://hooks.slack.com/\u007F", "https://hooks.slack.com/\u00A0x",
            "https://hooks.slack.com/caf\u00E9"})
    void parse_refusesAResponseUrlWithAControlOrNonAsciiCharacter(String url) {
        Map<String, String> form = new HashMap<>(SLACK_FORM);
        form.put("response_url", url);

        assertThatThrownBy(() -> SlashCommandForm.parse(form)).hasMessageStartingWith("field response_url is not a Slack response URL");
    }

    @Test
    void parse_refusesTheLocalRunnersResponseUrl_unlessTheCallerAllowsItExplicitly() throws Exception {
        Map<String, String> form = new HashMap<>(SLACK_FORM);
        form.put("response_url", "http://127.0.0.1:3000/local/response");

        assertThatThrownBy(() -> SlashCommandForm.parse(form)).isInstanceOf(SlashCommandForm.BadForm.class)
                .hasMessageStartingWith("field response_url is not a Slack response URL");
        ResponseUrl local = ResponseUrl.slackOrLocal(URI.create("http://127.0.0.1:3000/local/response"));
        assertThat(SlashCommandForm.parse(form, local).responseUrl()).isEqualTo("http://127.0.0.1:3000/local/response");
    }

    @Test
    void decode_refusesAFieldGivenTwice() {
        assertThatThrownBy(() -> SlashCommandForm.decode("text=a&text=b")).hasMessage("field text is given twice");
    }

    @Test
    void decode_refusesBrokenPercentEncoding() {
        assertThatThrownBy(() -> SlashCommandForm.decode("text=%G1")).hasMessageStartingWith("the form is not valid URL encoding");
    }

    @Test
    void decode_readsPlusAsSpace_andUtf8PercentEncoding() throws Exception {
        assertThat(SlashCommandForm.decode("text=hello+%E9%80%B1%E6%9C%AB&flag")).containsEntry("text", "hello 週末").containsEntry("flag", "");
    }
}
