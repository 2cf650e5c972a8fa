package dev.touban.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MutableClock;
import dev.touban.testing.SlackRequests;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/** How the handler wires itself from the environment at cold start. */
@ExtendWith(EmulatorExtension.class)
class SlackWebhookHandlerWiringTest {

    @Test
    void onAws_theSigningSecretComesFromTheSsmParameterItNames(Emulated aws) throws Exception {
        try (var ssm = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())).configure(software.amazon.awssdk.services.ssm.SsmClient.builder()).build()) {
            ssm.putParameter(r -> r.name("/touban/slack/signing-secret").type(ParameterType.SECURE_STRING).value("from-ssm"));
        }
        Map<String, String> env = new HashMap<>(WebhookHarness.environment(aws));
        env.remove("SLACK_SIGNING_SECRET");
        env.put("SLACK_SIGNING_SECRET_PARAM", "/touban/slack/signing-secret");
        MutableClock clock = new MutableClock(WebhookHarness.SATURDAY_18_TOKYO);
        SlackWebhookHandler handler = new SlackWebhookHandler(env, clock);

        assertThat(status(handler, new SlackRequests("from-ssm").signedEvent("slack-command-who.json", clock.instant()))).isEqualTo(200);
        assertThat(status(handler, new SlackRequests(WebhookHarness.SECRET).signedEvent("slack-command-who.json", clock.instant())))
                .isEqualTo(401);
    }

    @Test
    void onAws_aSigningSecretParameterThatIsNotThere_failsTheColdStart_withSsmsReason(Emulated aws) {
        Map<String, String> env = new HashMap<>(WebhookHarness.environment(aws));
        env.remove("SLACK_SIGNING_SECRET");
        env.put("SLACK_SIGNING_SECRET_PARAM", "/touban/slack/no-such-secret");

        assertThatThrownBy(() -> new SlackWebhookHandler(env, new MutableClock(WebhookHarness.SATURDAY_18_TOKYO)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SSM GetParameter /touban/slack/no-such-secret failed: HTTP 400 ParameterNotFound");
    }

    @Test
    void onAws_withoutASigningSecretParameter_refusesToStart() {
        Map<String, String> env = Map.of("TABLE_NAME", "t", "AWS_REGION", "us-east-1", "TOUBAN_CONFIG", "oncall.example.yaml",
                "SLACK_SIGNING_SECRET", "plain-env-secret");

        assertThatThrownBy(() -> new SlackWebhookHandler(env, new MutableClock(WebhookHarness.SATURDAY_18_TOKYO)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SLACK_SIGNING_SECRET_PARAM");
    }

    @Test
    void withoutATableName_refusesToStart(Emulated aws) {
        Map<String, String> env = new HashMap<>(WebhookHarness.environment(aws));
        env.remove("TABLE_NAME");

        assertThatThrownBy(() -> new SlackWebhookHandler(env, new MutableClock(WebhookHarness.SATURDAY_18_TOKYO)))
                .hasMessage("environment variable TABLE_NAME is not set");
    }

    private static int status(SlackWebhookHandler handler, String event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return ((Number) JSON.std.mapFrom(out.toByteArray()).get("statusCode")).intValue();
    }
}
