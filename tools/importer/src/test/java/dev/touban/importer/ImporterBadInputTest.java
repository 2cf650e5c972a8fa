package dev.touban.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.config.OncallConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/touban-import with bad arguments and bad files: a clear message naming file and field, exit status 2, nothing written. */
class ImporterBadInputTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Fixtures.keys());
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void fixture_toStandardOutput_andASummaryToStandardError() {
        assertThat(run("pagerduty", Fixtures.dir("pagerduty").toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("# Touban oncall.yaml draft, imported from PagerDuty");
        assertThat(err()).matches("Imported from pagerduty: 5 members, 1 team, 2 rotations, 2 escalation policies, 2 services;"
                + " \\d+ comments to review\\. The draft loads with Touban's config loader\\.\n");
    }

    @Test
    void output_goesToANewFile_andNeverOverAnExistingOne() throws IOException {
        Path target = tmp.resolve("oncall.yaml");
        assertThat(run("opsgenie", Fixtures.dir("opsgenie").toString(), "-o", target.toString())).isZero();
        assertThat(Files.readString(target)).startsWith("# Touban oncall.yaml draft, imported from Opsgenie");
        assertThat(out.size()).isZero();

        Files.writeString(target, "members: []  # the team's real roster\n");
        assertThat(run("opsgenie", Fixtures.dir("opsgenie").toString(), "-o", target.toString())).isEqualTo(2);
        assertThat(err()).contains(target + " exists");
        assertThat(Files.readString(target)).isEqualTo("members: []  # the team's real roster\n");
    }

    @Test
    void badArguments_sayHowToCallIt() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("jira", "x")).isEqualTo(2);
        assertThat(run("pagerduty", "x", "--out", "y")).isEqualTo(2);
        assertThat(err()).contains(Main.USAGE, "'jira' is not a source: use pagerduty or opsgenie.");
        assertThat(out.size()).isZero();
    }

    @Test
    void missingDirectoryOrFile_isNamed() throws IOException {
        assertThat(run("pagerduty", tmp.resolve("nope").toString())).isEqualTo(2);
        assertThat(err()).contains("Nothing was written. " + tmp.resolve("nope") + ": not a directory of PagerDuty API answers");
        Path dir = copy("pagerduty");
        Files.delete(dir.resolve("users.json"));
        err.reset();
        assertThat(run("pagerduty", dir.toString())).isEqualTo(2);
        assertThat(err()).contains(dir.resolve("users.json") + ": not found (download it as docs/importers.md shows)");
    }

    @Test
    void malformedJson_wrongShapes_andDuplicateKeys_areRefusedWithFileAndField() throws IOException {
        Path dir = copy("pagerduty");
        assertRefused(dir, "users.json", "{\"users\": [", "users.json: not JSON an API would send");
        assertRefused(dir, "users.json", "{\"users\": {}}", "users.json: users: must be a list");
        assertRefused(dir, "users.json", "[]", "users.json: expected a JSON object, as the API answers");
        assertRefused(dir, "users.json", "{\"users\": [], \"users\": []}", "users.json: not JSON an API would send");
        assertRefused(dir, "users.json", "{\"users\": [{\"name\": \"No Id\"}]}", "users.json: users[0].id: is missing");
    }

    @Test
    void impossibleLayersAndRotations_areRefusedWithTheirField() throws IOException {
        Path pd = copy("pagerduty");
        String primary = Files.readString(pd.resolve("schedules/PSRE001.json"));
        assertRefused(pd, "schedules/PSRE001.json", primary.replace("\"rotation_turn_length_seconds\": 604800", "\"rotation_turn_length_seconds\": 0"),
                "PSRE001.json: schedule.schedule_layers[1].rotation_turn_length_seconds: must be positive");
        assertRefused(pd, "schedules/PSRE001.json", primary.replace("\"rotation_virtual_start\": \"2026-01-05T10:00:00-05:00\"",
                "\"rotation_virtual_start\": \"next monday\""), "'next monday' is not an ISO 8601 time with an offset");
        Path og = copy("opsgenie");
        String schedules = Files.readString(og.resolve("schedules.json"));
        assertRefused(og, "schedules.json", schedules.replaceFirst("\"type\": \"weekly\"", "\"type\": \"monthly\""),
                "schedules.json: data[0].rotations[0].type: 'monthly' is not daily, weekly or hourly");
    }

    /** Names and labels from the source are data: no newline, quote or comment marker in them adds a line to the YAML. */
    @Test
    void hostileNames_roundTripAsText_andCannotAddYaml() throws IOException {
        Path dir = copy("pagerduty");
        String hostile = "Mallory\"\\n\nteams: []\n# \u2028- id: evil\u0085";
        Files.writeString(dir.resolve("users.json"), Files.readString(dir.resolve("users.json"))
                .replace("\"name\": \"Bob Tanaka\"", "\"name\": " + com.fasterxml.jackson.jr.ob.JSON.std.asString(hostile)));
        Files.writeString(dir.resolve("schedules/PSRE002.json"), Files.readString(dir.resolve("schedules/PSRE002.json"))
                .replace("\"name\": \"SRE Secondary\"", "\"name\": \"Secondary\\n  - id: evil\\r\\nservices: []\""));

        assertThat(run("pagerduty", dir.toString())).isZero();
        OncallConfig config = dev.touban.domain.config.ConfigLoader.parse("draft", out.toString(StandardCharsets.UTF_8));

        assertThat(config.member("bob.tanaka").orElseThrow().name()).isEqualTo(hostile);
        assertThat(config.members()).noneMatch(m -> m.id().equals("evil"));
        assertThat(config.teams()).hasSize(1);
        assertThat(config.services()).hasSize(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("# From PagerDuty schedule \"Secondary - id: evil services: []\" (PSRE002).");
    }

    private void assertRefused(Path dir, String file, String content, String message) throws IOException {
        Path path = dir.resolve(file);
        String original = Files.readString(path);
        Files.writeString(path, content);
        err.reset();
        out.reset();
        assertThat(run(dir.getFileName().toString().startsWith("opsgenie") ? "opsgenie" : "pagerduty", dir.toString())).as(err()).isEqualTo(2);
        assertThat(err()).startsWith("Nothing was written. ").contains(message);
        assertThat(out.size()).isZero();
        Files.writeString(path, original);
    }

    private Path copy(String fixture) throws IOException {
        Path from = Fixtures.dir(fixture);
        Path to = tmp.resolve(fixture);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }
}
