package dev.touban.domain.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ResponseUrlTest {
    private static final ResponseUrl LOCAL = ResponseUrl.slackOrLocal(URI.create("http://127.0.0.1:3000/local/response"));

    @ParameterizedTest
    @ValueSource(strings = {
            "https://hooks.slack.com/commands/T0TOUBAN/8123456789012/xYzAbCdEfGhIjKlMnOpQrStU",
            "https://hooks.slack.com/actions/T0TOUBAN/8123456790004/AbCdEfGhIjKlMnOpQrStUvWx"})
    void slack_allowsSlacksOwnResponseUrls(String url) {
        assertThat(ResponseUrl.SLACK.allows(url)).isTrue();
        assertThat(LOCAL.allows(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "call me back", "http://hooks.slack.com/commands/T0/1/x", "ftp://hooks.slack.com/x", "https://hooks.slack.com",
            "https://hooks.slack.com/", "https://hooks.slack.com/a b", "https://hooks.slack.com.attacker.example/x",
            "https://hooks.slack.com@attacker.example/x", "https://hooks.slack.com:8443/x", "https://hooks.slack.com/x?u=https://a.example",
            "https://hooks.slack.com/x#frag", "https://hooks.slack.com/commands/../../x", "https://hooks.slack.com\\@attacker.example/",
            "https://HOOKS.SLACK.COM/commands/T0/1/x", "https://attacker.example/steal",
            "http://127.0.0.1:9001/2018-06-01/runtime/invocation/next", "http://localhost:3000/local/response",
            "http://169.254.169.254/latest/meta-data/"})
    void slack_refusesEverythingElse(String url) {
        assertThat(ResponseUrl.SLACK.allows(url)).isFalse();
    }

    @Test
    void slack_refusesNullAndOversizedUrls() {
        assertThat(ResponseUrl.SLACK.allows(null)).isFalse();
        assertThat(ResponseUrl.SLACK.allows("https://hooks.slack.com/commands/" + "a".repeat(500))).isFalse();
    }

    @Test
    void slackOrLocal_allowsOnlyTheNamedEndpoint_andPathsUnderIt() {
        assertThat(LOCAL.allows("http://127.0.0.1:3000/local/response")).isTrue();
        assertThat(LOCAL.allows("http://127.0.0.1:3000/local/response/press-1")).isTrue();
        assertThat(LOCAL.allows("http://127.0.0.1:3000/local/responses")).isFalse();
        assertThat(LOCAL.allows("http://127.0.0.1:3000/local/clock")).isFalse();
        assertThat(LOCAL.allows("http://127.0.0.1:3000/local/response/../clock")).isFalse();
        assertThat(LOCAL.allows("http://127.0.0.1:9001/2018-06-01/runtime/invocation/next")).isFalse();
        assertThat(LOCAL.allows("http://127.0.0.1:3000/local/response?x=1")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1:3000/r", "http://attacker.example:3000/r", "http://127.0.0.1/r",
            "http://user@127.0.0.1:3000/r", "http://127.0.0.1:3000/r?x=1"})
    void slackOrLocal_refusesAnEndpointThatIsNotPlainLoopbackHttp(String endpoint) {
        assertThatThrownBy(() -> ResponseUrl.slackOrLocal(URI.create(endpoint))).isInstanceOf(IllegalArgumentException.class);
    }
}
