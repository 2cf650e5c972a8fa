package dev.touban.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.escalation.EscalationPolicy;
import dev.touban.domain.escalation.Target;
import dev.touban.domain.rotation.ConfiguredOnCall;
import dev.touban.importer.Fixtures.Comparison;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Opsgenie fixture (API v2 answers: five users, two teams with members, three schedules
 * with rotations, one of them restricted to weekday business hours, two escalations) imported,
 * loaded with Touban's loader, and compared with Opsgenie's own rotations every quarter hour
 * of March 2026 (Berlin and London change to summer time on the 29th).
 */
class OpsgenieImportTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ImportResult result = Importer.run(OpsgenieReader.read(Fixtures.dir("opsgenie")), ServiceDrafts.KeyStyle.ofLoader(), Fixtures.keys());
    private final OncallConfig config = Fixtures.load(result);

    @Test
    void draft_loads_withTeamsMembersRotationsAndPolicies() {
        assertThat(config.teams()).extracting(Team::id).containsExactly("platform", "database");
        Team platform = config.team("platform").orElseThrow();
        assertThat(platform.memberIds()).containsExactly("lena.fischer", "jonas.weber", "sofia.costa");
        assertThat(platform.adminIds()).containsExactly("lena.fischer");
        assertThat(platform.rotation(Layer.PRIMARY).orElseThrow().id()).isEqualTo("platform_schedule");
        assertThat(platform.rotation(Layer.SECONDARY).orElseThrow().shiftDays()).isEqualTo(2);
        assertThat(config.member("lena.fischer").orElseThrow().phone()).isEqualTo("+4915112345678");
        assertThat(config.member("jonas.weber").orElseThrow().phone()).as("the enabled voice contact, not the disabled sms").isEqualTo("+491709876543");
        EscalationPolicy policy = config.policy("platform_escalation").orElseThrow();
        // Opsgenie rules at 0, 5 and 15 minutes after the alert; repeat after 10 minutes, twice.
        assertThat(policy.tiers()).extracting(t -> t.delay().toMinutes()).containsExactly(5L, 10L, 10L);
        assertThat(policy.tiers().get(1).targets()).extracting(Target::describe).containsExactly("on call in platform_secondary");
        assertThat(policy.repeat()).isEqualTo(2);
        assertThat(config.policy("database_escalation").orElseThrow().tiers()).hasSize(1);
        assertThat(config.services()).extracting(s -> s.id() + " -> " + s.policyId())
                .containsExactly("platform -> platform_escalation", "database -> database_escalation");
    }

    @Test
    void comments_standAboveEveryPartThatCouldNotBeMapped() {
        String yaml = result.yaml();
        assertThat(yaml).containsSubsequence("# Not mapped: rotation \"Business hours\" is restricted to monday 09:00 to monday 18:00",
                "- id: database_schedule");
        assertThat(yaml).containsSubsequence("- id: database_escalation", "# Dropped after this tier: Opsgenie's tier 2",
                "# Not mapped: notifyType \"all\"", "# Not mapped: team \"Platform\"", "- delayMinutes: 10");
        assertThat(yaml).containsSubsequence("# Opsgenie's integrations are not in these answers", "- id: platform");
        String hashed = Importer.run(OpsgenieReader.read(Fixtures.dir("opsgenie")), ServiceDrafts.KeyStyle.HASHED, Fixtures.keys()).yaml();
        assertThat(hashed).containsSubsequence("# TODO routingKeySha256: stands for a key nobody holds", "- id: platform",
                "    routingKeySha256: " + RoutingKeys.sha256("00000000000000000000000000000001") + "\n");
        assertThat(yaml).contains("# Not imported from Opsgenie: schedule overrides");
    }

    @Test
    void platformRotations_matchOpsgenie_everyQuarterHourOfMarch_acrossTheDstChange() throws Exception {
        List<Instant> march = SourceSchedules.month(2026, 3, BERLIN, Duration.ofMinutes(15));
        Map<String, Object> primary = schedule("Platform_schedule");
        Map<String, Object> secondary = schedule("Platform_secondary");

        Comparison weekly = Fixtures.compare(config, result, "platform_schedule", march, t -> single(SourceSchedules.opsgenie(primary, t)));
        Comparison backup = Fixtures.compare(config, result, "platform_secondary", march, t -> single(SourceSchedules.opsgenie(secondary, t)));

        System.out.println("Opsgenie Platform_schedule, March 2026 every 15 min: " + weekly);
        System.out.println("Opsgenie Platform_secondary, March 2026 every 15 min: " + backup);
        assertThat(weekly.instants()).isEqualTo(31 * 96 - 4);
        assertThat(weekly.mismatches()).isEmpty();
        assertThat(backup.mismatches()).isEmpty();
        // Two-day turns from Tuesday 6 January 18:00: one hands over on 29 March, the day clocks go forward, at 18:00 CEST.
        Team platform = config.team("platform").orElseThrow();
        assertThat(new ConfiguredOnCall().onCallAt(platform, Layer.SECONDARY, Instant.parse("2026-03-29T16:00:00Z")).orElseThrow().start())
                .isEqualTo(Instant.parse("2026-03-29T16:00:00Z"));
        assertThat(new ConfiguredOnCall().onCallAt(platform, Layer.PRIMARY, Instant.parse("2026-03-30T07:00:00Z")).orElseThrow().start())
                .as("Monday 09:00 in Berlin after the change").isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
    }

    /** Opsgenie has nobody on call outside business hours; Touban's rotation is on call around the clock. */
    @Test
    void restrictedRotation_matchesInsideItsHours_andHasSomeoneOutsideThem() throws Exception {
        List<Instant> march = SourceSchedules.month(2026, 3, LONDON, Duration.ofMinutes(15));
        Map<String, Object> schedule = schedule("Database_schedule");
        @SuppressWarnings("unchecked")
        Map<String, Object> restriction = (Map<String, Object>) ((List<Map<String, Object>>) schedule.get("rotations")).get(0).get("timeRestriction");

        Comparison c = Fixtures.compare(config, result, "database_schedule", march, t -> single(SourceSchedules.opsgenie(schedule, t)));

        System.out.println("Opsgenie Database_schedule, March 2026 every 15 min: " + c);
        long businessHours = march.stream().filter(t -> SourceSchedules.opsgenieAdmits(restriction, LocalDateTime.ofInstant(t, LONDON))).count();
        assertThat(businessHours).isEqualTo(22 * 36);
        assertThat(c.mismatches()).hasSize(c.instants() - (int) businessHours);
        assertThat(c.mismatches()).noneSatisfy(t -> assertThat(SourceSchedules.opsgenieAdmits(restriction, LocalDateTime.ofInstant(t, LONDON))).isTrue());
    }

    private static Optional<String> single(Set<String> onCall) {
        assertThat(onCall).hasSizeLessThanOrEqualTo(1);
        return onCall.stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schedule(String name) throws Exception {
        for (Map<String, Object> s : (List<Map<String, Object>>) SourceSchedules.json(Fixtures.dir("opsgenie").resolve("schedules.json")).get("data")) {
            if (name.equals(s.get("name"))) {
                return s;
            }
        }
        throw new AssertionError("no schedule " + name);
    }
}
