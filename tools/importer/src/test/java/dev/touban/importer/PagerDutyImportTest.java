package dev.touban.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.escalation.EscalationPolicy;
import dev.touban.domain.escalation.Target;
import dev.touban.domain.rotation.ConfiguredOnCall;
import dev.touban.domain.rotation.Shift;
import dev.touban.importer.Fixtures.Comparison;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The PagerDuty fixture (REST API v2 answers: six users, a primary schedule of two layers whose
 * upper one is restricted to weekday business hours, a secondary of three-day turns, a
 * three-tier escalation policy, a service with an Events API v2 integration) imported, loaded
 * with Touban's loader, and compared with PagerDuty's own schedule every quarter hour of
 * March 2026 (New York changes to summer time on the 8th).
 */
class PagerDutyImportTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final List<Instant> MARCH = SourceSchedules.month(2026, 3, NEW_YORK, Duration.ofMinutes(15));

    private final ImportResult result = Importer.run(PagerDutyReader.read(Fixtures.dir("pagerduty")), ServiceDrafts.KeyStyle.ofLoader(), Fixtures.keys());
    private final OncallConfig config = Fixtures.load(result);

    @Test
    void draft_loads_withPeopleTeamsRotationsPoliciesAndServices() {
        assertThat(config.members()).extracting(m -> m.id()).containsExactly("alice.sato", "bob.tanaka", "carol.suzuki", "dave.ito", "eve.mueller");
        assertThat(config.member("bob.tanaka").orElseThrow().phone()).isEqualTo("+16465550102");
        assertThat(config.member("dave.ito").orElseThrow().phone()).isEqualTo("+10000000004");
        assertThat(config.member("carol.suzuki").orElseThrow().timeZone()).isEqualTo(ZoneId.of("America/Chicago"));
        Team sre = config.team("sre").orElseThrow();
        assertThat(sre.adminIds()).containsExactly("alice.sato");
        assertThat(sre.rotation(Layer.PRIMARY).orElseThrow().memberIds()).containsExactly("alice.sato", "bob.tanaka", "carol.suzuki");
        assertThat(sre.rotation(Layer.PRIMARY).orElseThrow().shiftDays()).isEqualTo(7);
        assertThat(sre.rotation(Layer.SECONDARY).orElseThrow().shiftDays()).isEqualTo(3);
        EscalationPolicy policy = config.policy("sre-escalation").orElseThrow();
        assertThat(policy.repeat()).isEqualTo(2);
        assertThat(policy.tiers()).extracting(t -> t.delay().toMinutes()).containsExactly(5L, 15L, 30L);
        assertThat(policy.tiers().get(0).targets()).extracting(Target::describe).containsExactly("on call in sre-primary");
        assertThat(policy.tiers().get(2).targets()).extracting(Target::describe).containsExactly("eve.mueller");
        assertThat(config.policy("database-escalation").orElseThrow().teamId()).as("its own team would be empty").isEqualTo("sre");
        assertThat(config.services()).extracting(s -> s.id() + " -> " + s.policyId())
                .containsExactly("web-shop -> sre-escalation", "orders-db -> database-escalation");
        assertThat(result.yaml()).contains("# Not imported (in no schedule, escalation policy or team): Frank Ono (PFR4NKO).");
    }

    /** Whichever way the loader takes keys, no integration key reaches the draft: only its SHA-256 does. */
    @Test
    void integrationKeys_areNeverCopied_onlyTheirSha256_inEitherKeyStyle() {
        String web = RoutingKeys.sha256("e93facc04764012d7bfb002500d5d1a6");
        String grafana = RoutingKeys.sha256("R01ABCDEFGHIJKLMNOPQRSTUVWXYZ234");
        assertThat(web).isEqualTo("47746dbfe444aaf2a7f8de55f52c5bcf02df3e6a066a2d0586b3c81419e81037");
        for (ServiceDrafts.KeyStyle style : ServiceDrafts.KeyStyle.values()) {
            String yaml = Importer.run(PagerDutyReader.read(Fixtures.dir("pagerduty")), style, Fixtures.keys()).yaml();
            assertThat(yaml).as(style.name()).doesNotContain("e93facc04764012d7bfb002500d5d1a6", "R01ABCDEFGHIJKLMNOPQRSTUVWXYZ234",
                    "5c3e0f7a9b8d4c2e1f0a6b7c8d9e0f12");
            if (style == ServiceDrafts.KeyStyle.HASHED) {
                assertThat(yaml).containsSubsequence("- id: web-shop", "    routingKeySha256: " + web + "\n",
                        "- id: orders-db", "    routingKeySha256: " + grafana + "\n").doesNotContain("routingKey:");
            } else {
                assertThat(yaml).containsSubsequence("  # routingKeySha256: " + web + "\n", "- id: web-shop",
                        "    routingKey: 00000000000000000000000000000001\n", "  # routingKeySha256: " + grafana + "\n", "- id: orders-db");
            }
        }
        assertThat(result.yaml()).as("the draft takes the loader's own style").contains(
                ServiceDrafts.KeyStyle.ofLoader() == ServiceDrafts.KeyStyle.HASHED ? "    routingKeySha256: " + web : "    routingKey: ");
    }

    @Test
    void comments_standAboveEveryPartThatCouldNotBeMapped() {
        String yaml = result.yaml();
        assertThat(yaml).containsSubsequence(
                "# Not mapped: layer \"Business hours\" (restricted to monday, tuesday, wednesday, thursday, friday\n",
                "#   from 09:00 for 8 h) takes precedence in its hours in PagerDuty;",
                "- id: sre-primary");
        assertThat(yaml).containsSubsequence("# PagerDuty assigns this rule round robin", "- delayMinutes: 10");
        assertThat(yaml).containsSubsequence("# Not mapped: integration \"Email\" (generic_email)", "- id: web-shop");
        assertThat(yaml).containsSubsequence("# Not mapped: integration \"CloudWatch\"", "- id: orders-db");
        assertThat(yaml).containsSubsequence("# TODO phone: PagerDuty gave no phone number; +10000000004", "- id: dave.ito");
        assertThat(yaml).contains("# Not imported from PagerDuty: overrides");
    }

    /**
     * Outside weekday business hours the draft has exactly PagerDuty's person; inside them
     * PagerDuty shows its restricted upper layer, which Touban cannot express, so the only
     * mismatches are those hours where that layer's person differs from the weekly one.
     */
    @Test
    void primary_matchesPagerDuty_everyQuarterHourOfMarch_exceptWhereTheRestrictedLayerRules() throws Exception {
        Map<String, Object> schedule = schedule("PSRE001");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> restrictions = (List<Map<String, Object>>) ((List<Map<String, Object>>) schedule.get("schedule_layers")).get(0)
                .get("restrictions");

        Comparison c = Fixtures.compare(config, result, "sre-primary", MARCH, t -> Optional.ofNullable(SourceSchedules.pagerDuty(schedule, t)));

        System.out.println("PagerDuty SRE Primary, March 2026 every 15 min: " + c);
        assertThat(c.instants()).isEqualTo(2972);
        long restrictedHours = MARCH.stream().filter(t -> SourceSchedules.pagerDutyAdmits(restrictions, LocalDateTime.ofInstant(t, NEW_YORK))).count();
        assertThat(restrictedHours).isEqualTo(22 * 32);
        assertThat(c.mismatches()).allSatisfy(t -> assertThat(SourceSchedules.pagerDutyAdmits(restrictions, LocalDateTime.ofInstant(t, NEW_YORK)))
                .as("mismatch at %s outside the restricted layer's hours", t).isTrue());
        // 704 quarter hours of business hours; the layer's person (Dave on even dates, Carol on odd) is the weekly
        // one only on Carol's odd dates in her weeks (3, 5, 9 before 10:00, 23 after 10:00, 25, 27): 160 of them.
        assertThat(c.mismatches()).hasSize(704 - 160);
    }

    @Test
    void secondary_matchesPagerDuty_everyQuarterHourOfMarch_acrossTheDstChange() throws Exception {
        Map<String, Object> schedule = schedule("PSRE002");

        Comparison c = Fixtures.compare(config, result, "sre-secondary", MARCH, t -> Optional.ofNullable(SourceSchedules.pagerDuty(schedule, t)));

        System.out.println("PagerDuty SRE Secondary, March 2026 every 15 min: " + c);
        assertThat(c.instants()).isEqualTo(2972);
        assertThat(c.mismatches()).isEmpty();
        // Three-day turns from 7 January 10:00: one hands over on 8 March, the day clocks go forward, at 10:00 EDT.
        Team sre = config.team("sre").orElseThrow();
        Shift onDstDay = new ConfiguredOnCall().onCallAt(sre, Layer.SECONDARY, Instant.parse("2026-03-08T15:00:00Z")).orElseThrow();
        assertThat(onDstDay.start()).isEqualTo(Instant.parse("2026-03-08T14:00:00Z"));
        Shift before = new ConfiguredOnCall().onCallAt(sre, Layer.SECONDARY, Instant.parse("2026-03-08T13:59:00Z")).orElseThrow();
        assertThat(before.start()).isEqualTo(Instant.parse("2026-03-05T15:00:00Z"));
        assertThat(SourceSchedules.pagerDuty(schedule, Instant.parse("2026-03-08T13:59:00Z"))).isNotEqualTo(
                SourceSchedules.pagerDuty(schedule, Instant.parse("2026-03-08T14:00:00Z")));
    }

    private static Map<String, Object> schedule(String id) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> schedule = (Map<String, Object>) SourceSchedules.json(Fixtures.dir("pagerduty").resolve("schedules/" + id + ".json"))
                .get("schedule");
        assertThat(Files.exists(Fixtures.dir("pagerduty").resolve("schedules/" + id + ".json"))).isTrue();
        return schedule;
    }
}
