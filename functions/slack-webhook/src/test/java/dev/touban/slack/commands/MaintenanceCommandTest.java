package dev.touban.slack.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.maintenance.Maintenance;
import dev.touban.domain.maintenance.MaintenanceStore;
import dev.touban.domain.maintenance.MaintenanceWindow;
import dev.touban.slack.SlackReply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code /oncall maintenance}: who may start and end a window, and every bad input answered with nothing changed. */
class MaintenanceCommandTest {
    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    /** The example roster plus a team "db" of dave alone, paged for service "db", with a weekly window on Sundays. */
    private static final OncallConfig CONFIG = ConfigLoader.parse("oncall.yaml", example()
            .replace("    members: [alice, bob, carol, dave]\n    admins: [alice]", "    members: [alice, bob, carol]\n    admins: [alice]")
            .replace("members: [alice, bob, carol, dave]\n        weeks", "members: [alice, bob, carol]\n        weeks")
            .replace("members: [carol, dave, alice, bob]", "members: [carol, alice, bob]")
            .replace("# Escalation policies:", """
                      - id: db
                        name: Databases
                        timeZone: Asia/Tokyo
                        members: [dave]
                        rotations:
                          - id: db-primary
                            members: [dave]
                            weeks: 1
                            handoff: { day: monday, time: "10:00" }
                            start: 2026-01-05
                    # Escalation policies:""")
            .replace("escalationPolicies:\n", """
                    escalationPolicies:
                      - id: db-default
                        team: db
                        tiers:
                          - delayMinutes: 5
                            targets:
                              - rotation: db-primary
                    """)
            + """
                  - id: db
                    name: Database
                    routingKeySha256: %s
                    escalationPolicy: db-default
                    maintenance:
                      - weekly: { day: sunday, from: "02:00", to: "04:00" }
                        reason: vacuum
                """.formatted("a".repeat(64)));

    private final MemoryStore store = new MemoryStore();
    private final MaintenanceCommand command = new MaintenanceCommand(() -> new Maintenance(CONFIG, store), () -> {
        throw new AssertionError("no incident is touched");
    });

    @Test
    void aMemberOfTheServicesTeam_startsAWindow_forADuration_withAReason() {
        SlackReply reply = run("dave", "db 90m vacuum <!channel> & reindex");

        assertThat(reply.inChannel()).isTrue();
        assertThat(reply.text()).startsWith(":construction: Maintenance of *Database* until Sat 28 Nov 19:30 JST")
                .contains("(vacuum &lt;!channel&gt; &amp; reindex), started by Dave Ito");
        assertThat(store.windows.get("db")).isEqualTo(new MaintenanceWindow("db", NOW, NOW.plus(Duration.ofMinutes(90)),
                "vacuum <!channel> & reindex", "dave"));
    }

    @Test
    void untilADate_endsAtTheEndOfThatDay_inTheTeamsZone() {
        run("alice", "web until 2026-11-29");

        assertThat(store.windows.get("web").end()).isEqualTo(Instant.parse("2026-11-29T15:00:00Z"));
        assertThat(store.windows.get("web").reason()).isEqualTo("maintenance");
    }

    @Test
    void someoneOutsideTheServicesTeam_isRefused_butAnAdminIsNot() {
        SlackReply bob = run("bob", "db 1h");
        SlackReply dave = run("dave", "end web");
        boolean changedByRefusals = !store.windows.isEmpty();
        SlackReply alice = run("alice", "db 1h");

        assertThat(bob.text()).isEqualTo("Only members of Databases (or admins) can start or end maintenance of Database. Nothing was changed.");
        assertThat(dave.text()).startsWith("Only members of SRE (or admins)");
        assertThat(changedByRefusals).isFalse();
        assertThat(alice.text()).startsWith(":construction:");
    }

    @Test
    void badInput_isAnsweredWithUsage_andChangesNothing() {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (String args : List.of("nosuch 1h", "web", "web soon", "web 0m", "web 8d", "web until", "web until someday",
                "web 2026-11-27T10:00", "end", "end web extra", "web 1h " + "x".repeat(201), "<@U01ALICE> 1h")) {
            answers.put(args, run("alice", args).text());
        }

        assertThat(store.windows).isEmpty();
        assertThat(answers.get("nosuch 1h")).isEqualTo("There is no service `nosuch`; oncall.yaml lists web, db. Nothing was changed.");
        assertThat(answers.get("<@U01ALICE> 1h")).startsWith("There is no service `&lt;@U01ALICE&gt;`");
        assertThat(answers.get("web")).isEqualTo(MaintenanceCommand.USAGE);
        assertThat(answers.get("web soon")).startsWith("Give a duration (`90m`, `2h`, `1h30m`, `1d`) or an end:").endsWith(MaintenanceCommand.USAGE);
        assertThat(answers.get("web 0m")).startsWith("Give a duration");
        assertThat(answers.get("web 8d")).startsWith("A maintenance window lasts at most 7 days");
        assertThat(answers.get("web until")).startsWith("Until when?");
        assertThat(answers.get("web until someday")).startsWith("Give a duration");
        assertThat(answers.get("web 2026-11-27T10:00")).startsWith("That end (Fri 27 Nov 10:00 JST) has passed.");
        assertThat(answers.get("end")).isEqualTo(MaintenanceCommand.USAGE);
        assertThat(answers.get("end web extra")).isEqualTo(MaintenanceCommand.USAGE);
        assertThat(answers.get("web 1h " + "x".repeat(201))).startsWith("That reason is 201 characters long");
    }

    @Test
    void endWithoutAWindow_saysSo_andAListShowsTheScheduledOneWhenItHolds() {
        Instant sunday3am = Instant.parse("2026-11-28T18:00:00Z");

        SlackReply none = run("alice", "end web", NOW);
        SlackReply held = run("dave", "end db", sunday3am);
        SlackReply list = run("alice", "", sunday3am);
        SlackReply empty = run("alice", "", NOW);

        assertThat(none.text()).isEqualTo("No maintenance started from Slack is running for Web shop. Nothing was changed.");
        assertThat(held.text()).isEqualTo("No maintenance started from Slack is running for Database. "
                + "A window of oncall.yaml still holds its pages until Sun 29 Nov 04:00 JST. Nothing was changed.");
        assertThat(list.text()).isEqualTo("*In maintenance now*\n• *Database* until Sun 29 Nov 04:00 JST (vacuum, scheduled in oncall.yaml)");
        assertThat(empty.text()).startsWith("No service is in maintenance.");
    }

    @Test
    void durations_readDaysHoursAndMinutes() {
        assertThat(MaintenanceCommand.duration("1h30m")).contains(Duration.ofMinutes(90));
        assertThat(MaintenanceCommand.duration("1d")).contains(Duration.ofDays(1));
        assertThat(MaintenanceCommand.duration("45M")).contains(Duration.ofMinutes(45));
        assertThat(MaintenanceCommand.duration("h")).isEmpty();
        assertThat(MaintenanceCommand.duration("")).isEmpty();
        assertThat(MaintenanceCommand.duration("2x")).isEmpty();
    }

    private SlackReply run(String member, String args) {
        return run(member, args, NOW);
    }

    private SlackReply run(String member, String args, Instant now) {
        var m = CONFIG.member(member).orElseThrow();
        return command.run(new CommandContext(CONFIG, m, CONFIG.teamOf(member).orElseThrow(), args, now, "request-1", null));
    }

    private static String example() {
        try {
            return Files.readString(Path.of(System.getProperty("touban.repo.root"), "config/oncall.example.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final class MemoryStore implements MaintenanceStore {
        final Map<String, MaintenanceWindow> windows = new HashMap<>();

        @Override
        public Optional<MaintenanceWindow> get(String serviceId, Instant now) {
            return Optional.ofNullable(windows.get(serviceId)).filter(w -> w.end().isAfter(now));
        }

        @Override
        public void put(MaintenanceWindow window) {
            windows.put(window.serviceId(), window);
        }

        @Override
        public Optional<MaintenanceWindow> end(String serviceId, Instant now) {
            return get(serviceId, now).map(w -> {
                windows.put(serviceId, new MaintenanceWindow(serviceId, w.start(), now, w.reason(), w.by()));
                return w;
            });
        }
    }
}
