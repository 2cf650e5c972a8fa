package dev.touban.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/** The step handler wired from the environment alone, as at a cold start on Lambda: its secrets come from SSM. */
@ExtendWith(EmulatorExtension.class)
class EscalationStepWiringTest {
    private StepWorld world;

    @AfterEach
    void tearDown() {
        if (world != null) {
            world.close();
        }
    }

    @Test
    void theBotTokenAndTheLinkKey_comeFromTheSsmParametersTheEnvironmentNames(Emulated aws) {
        world = new StepWorld(aws);
        putSecret(aws, "/touban/slack/bot-token", "xoxb-from-ssm");
        putSecret(aws, "/touban/ack-link-key", "link-key-from-ssm-0123456789");
        EscalationStepHandler handler = world.handlerFromEnvironment("/touban/slack/bot-token", "/touban/ack-link-key");
        long n = world.trigger("k");

        Map<String, Object> outcome = StepWorld.deliver(handler, "{\"incident\":" + n + ",\"step\":0}");

        assertThat(outcome).containsEntry("outcome", "paged");
        assertThat(world.pages(n)).containsExactly("PAGED sms Carol Suzuki", "PAGED slack Carol Suzuki");
        assertThat(world.apis.calls("chat.postMessage")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.authorization()).isEqualTo("Bearer xoxb-from-ssm"));
        assertThat(world.apis.sms().get(0).message()).contains("Ack: https://touban.example/ack/");
    }

    @Test
    void aBotTokenParameterThatIsNotThere_failsSlackWhereItIsUsed_andTheSmsStillPages(Emulated aws) {
        world = new StepWorld(aws);
        putSecret(aws, "/touban/ack-link-key", "link-key-from-ssm-0123456789");
        // The missing token fails where Slack needs it, not at the cold start.
        EscalationStepHandler handler = world.handlerFromEnvironment("/touban/slack/no-such-token", "/touban/ack-link-key");
        long n = world.trigger("k");

        Map<String, Object> outcome = StepWorld.deliver(handler, "{\"incident\":" + n + ",\"step\":0}");

        assertThat(outcome).containsEntry("outcome", "paged");
        // The SMS goes out first, with its acknowledge link; Slack fails twice, the page (to be tried again) and the team channel's board.
        assertThat(world.pages(n)).containsExactly("PAGED sms Carol Suzuki", "PAGE_FAILED slack Carol Suzuki", "PAGE_FAILED slack team channel");
        assertThat(world.timeline(n)).filteredOn(e -> "slack".equals(e.channel()))
                .allSatisfy(e -> assertThat(e.detail()).contains("/touban/slack/no-such-token").contains("ParameterNotFound"));
        assertThat(world.apis.sms().get(0).message()).contains("Ack: https://touban.example/ack/");
        assertThat(world.apis.calls("chat.postMessage")).isEmpty();
    }

    private static void putSecret(Emulated aws, String name, String value) {
        try (SsmClient ssm = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())).configure(SsmClient.builder()).build()) {
            ssm.putParameter(r -> r.name(name).type(ParameterType.SECURE_STRING).value(value));
        }
    }
}
