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
    private static final String EXAMPLE_SHA256 = RoutingKeys.EXAMPLE_SHA256;

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
        assertThat(config.serviceByRoutingKey("0123456789abcdef0123456789abcdeF")).isEmpty();
        assertThat(config.service("web").orElseThrow().routingKeySha256()).containsExactly(RoutingKeys.sha256Hex("0123456789abcdef0123456789abcdef"));
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
    void parse_refusesAPlaintextRoutingKey_namingTheFieldButNotTheKey() {
        assertThatThrownBy(() -> ConfigLoader.parse("oncall.yaml", EXAMPLE.replace("routingKeySha256: " + EXAMPLE_SHA256,
                "routingKey: 0123456789abcdef0123456789abcdef")))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.field()).isEqualTo("services[0].routingKey");
                    assertThat(e.problem()).contains("only its SHA-256", "bin/touban-key");
                    assertThat(e.getMessage()).doesNotContain("0123456789abcdef");
                });
    }

    @Test
    void parse_refusesAHashThatIsNoSha256_withoutShowingTheValue() {
        assertThatThrownBy(() -> ConfigLoader.parse("oncall.yaml", EXAMPLE.replace(EXAMPLE_SHA256, "0123456789abcdef0123456789abcdef")))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.field()).isEqualTo("services[0].routingKeySha256");
                    assertThat(e.problem()).contains("is not a SHA-256 in hex");
                    assertThat(e.getMessage()).doesNotContain("0123456789abcdef");
                });
    }

    @Test
    void parse_takesTwoKeysWhileOneIsRotated_andBothFindTheService() {
        String newKey = "Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp";
        OncallConfig config = ConfigLoader.parse("oncall.yaml", EXAMPLE.replace("routingKeySha256: " + EXAMPLE_SHA256,
                "routingKeySha256: [" + EXAMPLE_SHA256 + ", " + RoutingKeys.sha256Hex(newKey).toUpperCase() + "]"));

        assertThat(config.serviceByRoutingKey("0123456789abcdef0123456789abcdef")).map(Service::id).contains("web");
        assertThat(config.serviceByRoutingKey(newKey)).map(Service::id).contains("web");
        assertThat(config.serviceByRoutingKey(newKey.toLowerCase())).as("keys are case-sensitive").isEmpty();
        assertThat(config.serviceByRoutingKey(null)).isEmpty();
    }

    @Test
    void aWellFormedKey_is32LettersAndDigits() {
        assertThat(RoutingKeys.isWellFormed("0123456789abcdefABCDEFxyzXYZ0123")).isTrue();
        assertThat(RoutingKeys.isWellFormed("0123456789abcdef0123456789abcde")).isFalse();
        assertThat(RoutingKeys.isWellFormed("0123456789abcdef0123456789abcdef0")).isFalse();
        assertThat(RoutingKeys.isWellFormed("0123456789abcdef0123456789abcde-")).isFalse();
        assertThat(RoutingKeys.isWellFormed("0123456789abcdef0123456789abcdeé")).isFalse();
        assertThat(RoutingKeys.isWellFormed(null)).isFalse();
    }

    @Test
    void parse_refusesThreeKeysForAService() {
        assertProblem(EXAMPLE.replace("routingKeySha256: " + EXAMPLE_SHA256, "routingKeySha256: [" + RoutingKeys.sha256Hex("a".repeat(32))
                + ", " + RoutingKeys.sha256Hex("b".repeat(32)) + ", " + RoutingKeys.sha256Hex("c".repeat(32)) + "]"),
                "services[0].routingKeySha256", "give one SHA-256, or two while a key is rotated");
    }

    @Test
    void parse_refusesTheSameRoutingKeyForTwoServices() {
        String twice = EXAMPLE + """
                  - id: api
                    routingKeySha256: %s
                    escalationPolicy: sre-default
                """.formatted(EXAMPLE_SHA256.toUpperCase());
        assertProblem(twice, "services[1].routingKeySha256", "already given to a service");
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
