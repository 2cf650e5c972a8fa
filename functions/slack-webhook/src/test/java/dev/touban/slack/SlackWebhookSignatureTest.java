package dev.touban.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.slack.WebhookHarness.Answer;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.SlackRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only requests Slack signed in the last five minutes get through; the rest get 401 and change nothing. */
@ExtendWith(EmulatorExtension.class)
class SlackWebhookSignatureTest {
    private static final String HELLO = "slack-command-hello.json";

    private WebhookHarness webhook;

    @BeforeEach
    void setUp(Emulated aws) {
        webhook = new WebhookHarness(aws);
    }

    @Test
    void aSignedHello_getsThrough() {
        assertThat(webhook.send(HELLO).status()).isEqualTo(200);
        assertThat(webhook.items("CHECKIN")).hasSize(1);
    }

    @Test
    void theSampleEventAsStored_withItsPlaceholderSignature_isRefused() {
        assertRefused(webhook.invoke(RepoFiles.read("events/" + HELLO)), "Invalid Slack signature");
    }

    @Test
    void aSignatureWithOneHexCharacterFlipped_isRefused() {
        String signed = webhook.slack.signedEvent(HELLO, webhook.clock.instant());
        String signature = header(signed, "x-slack-signature");
        char last = signature.charAt(signature.length() - 1);
        String flipped = signature.substring(0, signature.length() - 1) + (last == 'a' ? 'b' : 'a');

        assertRefused(webhook.invoke(SlackRequests.withHeader(signed, "X-Slack-Signature", flipped)), "Invalid Slack signature");
    }

    @Test
    void aRequestSignedWithAnotherSecret_isRefused() {
        String forged = new SlackRequests("not-the-secret").signedEvent(HELLO, webhook.clock.instant());

        assertRefused(webhook.invoke(forged), "Invalid Slack signature");
    }

    @Test
    void aBodyChangedAfterSigning_isRefused() {
        String signed = webhook.slack.signedEvent("slack-command-bye.json", webhook.clock.instant());
        String tampered = WebhookHarness.edit(signed, e -> e.put("body", ((String) e.get("body")).replace("text=bye", "text=hello")));

        assertRefused(webhook.invoke(tampered), "Invalid Slack signature");
    }

    @Test
    void aMissingSignature_isRefused() {
        String signed = webhook.slack.signedEvent(HELLO, webhook.clock.instant());

        assertRefused(webhook.invoke(SlackRequests.withoutHeader(signed, "X-Slack-Signature")), "Missing X-Slack-Signature");
    }

    @Test
    void aMissingTimestamp_isRefused() {
        String signed = webhook.slack.signedEvent(HELLO, webhook.clock.instant());

        assertRefused(webhook.invoke(SlackRequests.withoutHeader(signed, "X-Slack-Request-Timestamp")), "X-Slack-Request-Timestamp");
    }

    @Test
    void aTimestampThatIsNotANumber_isRefused() {
        String signed = webhook.slack.signedEvent(HELLO, webhook.clock.instant());

        assertRefused(webhook.invoke(SlackRequests.withHeader(signed, "X-Slack-Request-Timestamp", "yesterday")), "not a number");
    }

    @ParameterizedTest(name = "signed {0}s from now")
    @ValueSource(ints = {-301, 301, -86400})
    void aRequestSignedMoreThanFiveMinutesAway_isRefused(int seconds) {
        String signed = webhook.slack.signedEvent(HELLO, webhook.clock.instant().plusSeconds(seconds));

        assertRefused(webhook.invoke(signed), "more than 5 minutes");
    }

    @ParameterizedTest(name = "signed {0}s from now")
    @ValueSource(ints = {-300, 300})
    void aRequestSignedExactlyFiveMinutesAway_isAccepted(int seconds) {
        String signed = webhook.slack.signedEvent(HELLO, webhook.clock.instant().plusSeconds(seconds));

        assertThat(webhook.invoke(signed).status()).isEqualTo(200);
    }

    @Test
    void sslCheck_isAnswered200WithoutTouchingState() {
        Answer answer = webhook.send("slack-command-ssl-check.json");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEmpty();
        assertThat(webhook.items()).isEmpty();
    }

    private void assertRefused(Answer answer, String reason) {
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).contains(reason);
        assertThat(webhook.items()).isEmpty();
    }

    private static String header(String eventJson, String name) {
        String[] found = new String[1];
        WebhookHarness.edit(eventJson, e -> found[0] = String.valueOf(((java.util.Map<?, ?>) e.get("headers")).get(name)));
        return found[0];
    }
}
