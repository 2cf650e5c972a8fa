package dev.touban.domain.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.language.Language;
import dev.touban.domain.rotation.ConfiguredOnCall;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecipientsTest {
    private final OncallConfig config = ConfigLoader.fromFile(Path.of(System.getProperty("touban.repo.root"), "config/oncall.example.yaml"));
    private final Recipients recipients = new Recipients(config, new ConfiguredOnCall());
    private final EscalationPolicy policy = config.policy("sre-default").orElseThrow();

    @Test
    void of_pagesWhoeverTheRotationHasOnCallAtTheMomentOfThePage() {
        // The primary rotation hands off Mondays 10:00 Tokyo: alice from 2026-01-05, bob from 2026-01-12.
        Recipient firstWeek = recipients.of(policy.tiers().get(0).targets().get(0), Instant.parse("2026-01-06T00:00:00Z"));
        Recipient secondWeek = recipients.of(policy.tiers().get(0).targets().get(0), Instant.parse("2026-01-13T00:00:00Z"));

        assertThat(firstWeek).isInstanceOfSatisfying(Recipient.Person.class, p -> {
            assertThat(p.member().id()).isEqualTo("alice");
            assertThat(p.why()).isEqualTo("on call in sre-primary");
        });
        assertThat(secondWeek).isInstanceOfSatisfying(Recipient.Person.class, p -> assertThat(p.member().id()).isEqualTo("bob"));
    }

    @Test
    void of_saysNobody_beforeTheRotationStarts() {
        Recipient before = recipients.of(policy.tiers().get(0).targets().get(0), Instant.parse("2025-12-01T00:00:00Z"));

        assertThat(before).isEqualTo(new Recipient.Nobody("nobody is on call in sre-primary now"));
    }

    @Test
    void of_mapsUsersAndSlackChannelsAsConfigured() {
        var tier2 = recipients.of(policy.tiers().get(1), Instant.parse("2026-01-06T00:00:00Z"));
        var tier3 = recipients.of(policy.tiers().get(2), Instant.parse("2026-01-06T00:00:00Z"));

        assertThat(tier2).extracting(r -> r.recipient().describe()).containsExactly("Carol Suzuki", "<#C0ONCALL>");
        assertThat(tier3).extracting(r -> r.recipient().describe()).containsExactly("Alice Sato");
        assertThat(tier3.get(0).target().channels()).containsExactly(Channel.SLACK, Channel.VOICE, Channel.SNS);
    }

    @Test
    void of_givesEachPersonTheirLanguage_theirOwnElseTheirTeams() throws Exception {
        String yaml = java.nio.file.Files.readString(Path.of(System.getProperty("touban.repo.root"), "config/oncall.example.yaml"))
                .replace("    # language: ja ", "    language: ja   ")
                .replace("    name: Bob Tanaka\n", "    name: Bob Tanaka\n    language: en\n");
        Recipients japanese = new Recipients(ConfigLoader.parse("oncall.yaml", yaml), new ConfiguredOnCall());

        Recipient alice = japanese.of(policy.tiers().get(0).targets().get(0), Instant.parse("2026-01-06T00:00:00Z"));
        Recipient bob = japanese.of(policy.tiers().get(0).targets().get(0), Instant.parse("2026-01-13T00:00:00Z"));

        assertThat(alice).isInstanceOfSatisfying(Recipient.Person.class, p -> assertThat(p.language()).isEqualTo(Language.JA));
        assertThat(bob).isInstanceOfSatisfying(Recipient.Person.class, p -> assertThat(p.language()).isEqualTo(Language.EN));
        assertThat(recipients.of(policy.tiers().get(0).targets().get(0), Instant.parse("2026-01-06T00:00:00Z")))
                .isInstanceOfSatisfying(Recipient.Person.class, p -> assertThat(p.language()).isEqualTo(Language.EN));
    }
}
