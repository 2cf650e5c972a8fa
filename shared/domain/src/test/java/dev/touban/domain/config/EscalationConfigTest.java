package dev.touban.domain.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.domain.escalation.Channel;
import dev.touban.domain.escalation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EscalationConfigTest {
    private static final String EXAMPLE = read();

    private static String read() {
        try {
            return Files.readString(Path.of(System.getProperty("touban.repo.root"), "config/oncall.example.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void parse_readsPoliciesAndServicesOfTheExample() {
        OncallConfig config = ConfigLoader.parse("oncall.example.yaml", EXAMPLE);

        var policy = config.policy("sre-default").orElseThrow();
        assertThat(policy.repeat()).isEqualTo(1);
        assertThat(policy.steps()).isEqualTo(6);
        assertThat(policy.tiers().get(0).delay()).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.tiers().get(0).targets().get(0)).isEqualTo(new Target.OnCall("sre-primary", "sre",
                Layer.PRIMARY, java.util.List.of(Channel.SLACK, Channel.SMS)));
        assertThat(policy.tiers().get(1).targets().get(1)).isEqualTo(new Target.SlackChannel("C0ONCALL"));
        assertThat(config.defaultPolicy("sre")).contains(policy);
        assertThat(config.serviceByRoutingKey("0123456789abcdef0123456789abcdef").orElseThrow().id()).isEqualTo("web");
        assertThat(config.serviceForAlarm("web-5xx")).map(Service::id).contains("web");
        assertThat(config.serviceForAlarm("db-cpu")).isEmpty();
    }

    @Test
    void parse_namesTheField_ofAnUnknownRotation() {
        assertProblem(EXAMPLE.replace("rotation: sre-secondary", "rotation: sre-tertiary"),
                "escalationPolicies[0].tiers[1].targets[0].rotation", "unknown rotation 'sre-tertiary'");
    }

    @Test
    void parse_refusesADelayUnderOneMinute() {
        assertProblem(EXAMPLE.replaceFirst("delayMinutes: 5", "delayMinutes: 0"),
                "escalationPolicies[0].tiers[0].delayMinutes", "'0' must be a whole number from 1 to 1440");
    }

    @Test
    void parse_refusesAnUnknownChannel() {
        assertProblem(EXAMPLE.replace("channels: [slack, sms]", "channels: [slack, pager]"),
                "escalationPolicies[0].tiers[0].targets[0].channels[1]", "'pager' is not a channel");
    }

    @Test
    void parse_refusesATargetGivingTwoKinds() {
        assertProblem(EXAMPLE.replace("- user: alice", "- user: alice\n            rotation: sre-primary"),
                "escalationPolicies[0].tiers[2].targets[0]", "give exactly one of rotation");
    }

    @Test
    void parse_refusesChannelsOnASlackChannelTarget() {
        assertProblem(EXAMPLE.replace("- slackChannel: C0ONCALL      # a channel only ever gets a Slack message",
                "- slackChannel: C0ONCALL\n            channels: [sms]"),
                "escalationPolicies[0].tiers[1].targets[1].channels", "always reached by a Slack message");
    }

    @Test
    void parse_refusesAServiceWithAnUnknownPolicy() {
        assertProblem(EXAMPLE.replace("escalationPolicy: sre-default", "escalationPolicy: nope"),
                "services[0].escalationPolicy", "unknown escalation policy 'nope'");
    }

    @Test
    void parse_refusesARoutingKeyThatIsNot32Characters() {
        assertProblem(EXAMPLE.replace("0123456789abcdef0123456789abcdef", "short"),
                "services[0].routingKey", "must be 32 letters and digits");
    }

    @Test
    void parse_refusesTheSameRoutingKeyForTwoServices() {
        String twice = EXAMPLE + """
                  - id: api
                    routingKey: 0123456789abcdef0123456789abcdef
                    escalationPolicy: sre-default
                """;
        assertProblem(twice, "services[1].routingKey", "already given to another service");
    }

    @Test
    void parse_refusesAPolicyOfAnUnknownTeam() {
        assertProblem(EXAMPLE.replace("    team: sre\n", "    team: ops\n"), "escalationPolicies[0].team", "unknown team 'ops'");
    }

    @Test
    void parse_refusesARepeatOutOfRange() {
        assertProblem(EXAMPLE.replace("repeat: 1", "repeat: 12"), "escalationPolicies[0].repeat", "from 0 to 9");
    }

    private static void assertProblem(String yaml, String field, String problem) {
        assertThatThrownBy(() -> ConfigLoader.parse("oncall.yaml", yaml))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.problem()).contains(problem);
                    assertThat(e.source()).isEqualTo("oncall.yaml");
                });
    }
}
