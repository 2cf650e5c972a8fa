package dev.touban.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.domain.config.ConfigException;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Service;
import dev.touban.domain.escalation.Target;
import org.junit.jupiter.api.Test;

/** The canary parts of the example roster, turned on, load; a canary policy that could reach a person does not. */
class CanaryRosterTest {

    @Test
    void theExamplesCanaryParts_turnedOn_makeACanaryServiceThatPagesItsChannelOnly() {
        OncallConfig config = ConfigLoader.parse("oncall.yaml", CanaryRoster.yaml());

        Service canary = config.serviceByRoutingKey(CanaryRoster.KEY).orElseThrow();
        assertThat(canary.id()).isEqualTo(CanaryRoster.SERVICE);
        assertThat(canary.canary()).isTrue();
        assertThat(config.service("web").orElseThrow().canary()).isFalse();
        assertThat(config.policy(canary.policyId()).orElseThrow().tiers()).singleElement()
                .satisfies(t -> assertThat(t.targets()).containsExactly(new Target.SlackChannel(CanaryRoster.CHANNEL)));
        assertThat(config.team("touban-canary").orElseThrow().memberIds()).isEmpty();
    }

    @Test
    void theExampleAsShipped_hasNoCanary() {
        OncallConfig config = ConfigLoader.parse("oncall.yaml", RepoFiles.read("config/oncall.example.yaml"));

        assertThat(config.services()).noneMatch(Service::canary);
        assertThat(config.team("touban-canary")).isEmpty();
    }

    @Test
    void aCanaryPolicyThatPagesARotation_isRefused_namingTheField() {
        String yaml = CanaryRoster.yaml().replace("- slackChannel: C0CANARY\n",
                "- slackChannel: C0CANARY\n          - rotation: sre-primary\n");

        assertThatThrownBy(() -> ConfigLoader.parse("oncall.yaml", yaml)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.field()).isEqualTo("services[1].escalationPolicy");
            assertThat(e.problem()).contains("a canary service's policy may page Slack channels only", "on call in sre-primary");
        });
    }

    @Test
    void aCanaryOfATeamThatPostsInAnotherChannel_isRefused() {
        String yaml = CanaryRoster.yaml().replace("  slackChannel: C0CANARY\n", "  slackChannel: C0ONCALL\n");

        assertThatThrownBy(() -> ConfigLoader.parse("oncall.yaml", yaml)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.field()).isEqualTo("services[1].escalationPolicy");
            assertThat(e.problem()).contains("team channel C0ONCALL", "[C0CANARY]");
        });
    }

    @Test
    void aCanaryFlagThatIsNotTrueOrFalse_isRefused() {
        String yaml = CanaryRoster.yaml().replace("canary: true", "canary: yes");

        assertThatThrownBy(() -> ConfigLoader.parse("oncall.yaml", yaml)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.field()).isEqualTo("services[1].canary");
            assertThat(e.problem()).contains("must be true or false");
        });
    }
}
