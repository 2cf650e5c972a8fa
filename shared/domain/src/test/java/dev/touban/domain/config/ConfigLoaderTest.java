package dev.touban.domain.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.touban.domain.RepoRoot;
import dev.touban.domain.language.Language;
import dev.touban.domain.rotation.Rotation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigLoaderTest {
    private static final String SOURCE = "oncall.yaml";

    /** The smallest valid roster; each error case below changes one thing in it. */
    private static final String VALID = """
            members:
              - id: alice
                name: Alice Sato
                slack: U01ALICE
                phone: "+819012345678"
                timeZone: Asia/Tokyo
              - id: bob
                name: Bob Tanaka
                slack: U02BOB
                phone: "+819023456789"
                timeZone: Asia/Tokyo
            teams:
              - id: sre
                name: SRE
                timeZone: Asia/Tokyo
                members: [alice, bob]
                admins: [alice]
                rotations:
                  - id: sre-primary
                    members: [alice, bob]
                    weeks: 1
                    handoff:
                      day: monday
                      time: "10:00"
                    start: 2026-01-05
            """;

    @Test
    void exampleConfig_loadsWithItsTeamMembersAndRotations() {
        OncallConfig config = ConfigLoader.fromFile(RepoRoot.path("config/oncall.example.yaml"));

        assertThat(config.members()).extracting(Member::id).containsExactly("alice", "bob", "carol", "dave");
        assertThat(config.memberBySlackId("U04DAVE")).get()
                .satisfies(dave -> {
                    assertThat(dave.phone()).isEqualTo("+14155550104");
                    assertThat(dave.timeZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
                });
        Team sre = config.team("sre").orElseThrow();
        assertThat(sre.isAdmin("alice")).isTrue();
        assertThat(sre.isAdmin("bob")).isFalse();
        assertThat(sre.slackChannel()).isEqualTo("C0ONCALL");
        assertThat(sre.slackUserGroup()).isEqualTo("S0ONCALL");
        assertThat(sre.country()).isEqualTo("JP");
        Rotation primary = sre.rotation(Layer.PRIMARY).orElseThrow();
        assertThat(primary.memberIds()).containsExactly("alice", "bob", "carol", "dave");
        assertThat(primary.shiftDays()).isEqualTo(7);
        assertThat(primary.handoffDay()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(primary.handoffTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(primary.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(primary.start()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(sre.rotation(Layer.SECONDARY)).get().extracting(Rotation::memberIds)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly("carol", "dave", "alice", "bob");
        assertThat(config.teamOf("dave")).contains(sre);
    }

    @Test
    void load_readsAFilePathWhenOneExists() {
        OncallConfig config = ConfigLoader.load(RepoRoot.path("config/oncall.example.yaml").toString());

        assertThat(config.teams()).extracting(Team::id).containsExactly("sre");
    }

    @Test
    void load_namesTheResource_whenNeitherFileNorClasspathHasIt() {
        assertThatThrownBy(() -> ConfigLoader.load("no-such-oncall.yaml"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.source()).isEqualTo("no-such-oncall.yaml");
                    assertThat(e.problem()).contains("not found on the classpath");
                });
    }

    @Test
    void minimalConfig_isValid() {
        OncallConfig config = ConfigLoader.parse(SOURCE, VALID);

        assertThat(config.members()).hasSize(2);
        assertThat(config.team("sre").orElseThrow().rotation(Layer.PRIMARY)).isPresent();
    }

    @Test
    void linkEpoch_isOneUnlessTheTeamRaisesIt() {
        assertThat(ConfigLoader.parse(SOURCE, VALID).team("sre").orElseThrow().linkEpoch()).isEqualTo(1);
        assertThat(ConfigLoader.parse(SOURCE, VALID.replace("    name: SRE\n", "    name: SRE\n    linkEpoch: 3\n"))
                .team("sre").orElseThrow().linkEpoch()).isEqualTo(3);
    }

    @Test
    void language_isEnglish_unlessTheTeamSaysJapanese_andAMemberMayReadTheirOwn() {
        OncallConfig english = ConfigLoader.parse(SOURCE, VALID);
        assertThat(english.team("sre").orElseThrow().language()).isEqualTo(Language.EN);
        assertThat(english.language(english.member("bob").orElseThrow())).isEqualTo(Language.EN);

        OncallConfig japanese = ConfigLoader.parse(SOURCE, VALID
                .replace("    name: SRE\n", "    name: SRE\n    language: ja\n")
                .replace("    name: Bob Tanaka\n", "    name: Bob Tanaka\n    language: en\n"));
        assertThat(japanese.team("sre").orElseThrow().language()).isEqualTo(Language.JA);
        assertThat(japanese.teamLanguage("sre")).isEqualTo(Language.JA);
        assertThat(japanese.language(japanese.member("alice").orElseThrow())).isEqualTo(Language.JA);
        assertThat(japanese.language(japanese.member("bob").orElseThrow())).isEqualTo(Language.EN);
    }

    @Test
    void language_survivesTheCompiledRoster() {
        String yaml = VALID.replace("    name: SRE\n", "    name: SRE\n    language: ja\n");
        byte[] source = yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String compiled = CompiledConfig.compile(source, YamlTree.parse(SOURCE, yaml));

        OncallConfig config = ConfigLoader.fromTree(SOURCE, CompiledConfig.read(compiled.substring(compiled.indexOf('\n') + 1)));

        assertThat(config.team("sre").orElseThrow().language()).isEqualTo(Language.JA);
    }

    static Stream<Arguments> invalidConfigs() {
        return Stream.of(
                arguments("team language neither en nor ja",
                        "    name: SRE\n", "    name: SRE\n    language: fr\n",
                        "teams[0].language", "must be en or ja"),
                arguments("member language neither en nor ja",
                        "    name: Bob Tanaka\n", "    name: Bob Tanaka\n    language: japanese\n",
                        "members[1].language", "must be en or ja"),
                arguments("phone without +",
                        "\"+819023456789\"", "\"819023456789\"",
                        "members[1].phone", "must be an E.164 number"),
                arguments("phone with spaces",
                        "\"+819023456789\"", "\"+81 90 2345 6789\"",
                        "members[1].phone", "must be an E.164 number"),
                arguments("duplicate member id",
                        "- id: bob", "- id: alice",
                        "members[1].id", "duplicate member 'alice'"),
                arguments("duplicate Slack id",
                        "slack: U02BOB", "slack: U01ALICE",
                        "members[1].slack", "Slack user U01ALICE is given to two members"),
                arguments("unknown member in a rotation",
                        "        members: [alice, bob]", "        members: [alice, zoe]",
                        "teams[0].rotations[0].members[1]", "unknown member 'zoe'"),
                arguments("unknown member in a team",
                        "    members: [alice, bob]\n    admins", "    members: [alice, bob, zoe]\n    admins",
                        "teams[0].members[2]", "unknown member 'zoe'"),
                arguments("unknown admin",
                        "admins: [alice]", "admins: [zoe]",
                        "teams[0].admins[0]", "unknown admin 'zoe'"),
                arguments("bad team time zone",
                        "    timeZone: Asia/Tokyo\n    members", "    timeZone: Asia/Tokio\n    members",
                        "teams[0].timeZone", "'Asia/Tokio' is not an IANA time zone"),
                arguments("bad member time zone",
                        "    timeZone: Asia/Tokyo\n  - id: bob", "    timeZone: Tokyo\n  - id: bob",
                        "members[0].timeZone", "'Tokyo' is not an IANA time zone"),
                arguments("date that does not exist",
                        "start: 2026-01-05", "start: 2026-02-30",
                        "teams[0].rotations[0].start", "'2026-02-30' is not a date"),
                arguments("date in another format",
                        "start: 2026-01-05", "start: 05/01/2026",
                        "teams[0].rotations[0].start", "'05/01/2026' is not a date"),
                arguments("both weeks and days",
                        "weeks: 1", "weeks: 1\n        days: 7",
                        "teams[0].rotations[0]", "either weeks or days (exactly one of them)"),
                arguments("neither weeks nor days",
                        "        weeks: 1\n", "",
                        "teams[0].rotations[0]", "either weeks or days (exactly one of them)"),
                arguments("zero weeks",
                        "weeks: 1", "weeks: 0",
                        "teams[0].rotations[0].weeks", "'0' must be a whole number above zero"),
                arguments("weeks too long to count in days",
                        "weeks: 1", "weeks: 400000000",
                        "teams[0].rotations[0].weeks", "too long"),
                arguments("start not on the handoff day",
                        "start: 2026-01-05", "start: 2026-01-06",
                        "teams[0].rotations[0].start", "2026-01-06 is a tuesday, but handoff.day is monday"),
                arguments("bad handoff time",
                        "time: \"10:00\"", "time: \"25:00\"",
                        "teams[0].rotations[0].handoff.time", "'25:00' is not a time"),
                arguments("bad handoff day",
                        "day: monday", "day: mondays",
                        "teams[0].rotations[0].handoff.day", "'mondays' is not a weekday"),
                arguments("bad layer",
                        "      - id: sre-primary\n", "      - id: sre-primary\n        layer: tertiary\n",
                        "teams[0].rotations[0].layer", "'tertiary' must be primary or secondary"),
                arguments("YAML syntax error",
                        "members: [alice, bob]\n    admins", "members: [alice, bob\n    admins",
                        "(syntax)", "oncall.yaml"),
                arguments("link epoch zero",
                        "    name: SRE\n", "    name: SRE\n    linkEpoch: 0\n",
                        "teams[0].linkEpoch", "'0' must be a whole number from 1"),
                arguments("link epoch not a number",
                        "    name: SRE\n", "    name: SRE\n    linkEpoch: two\n",
                        "teams[0].linkEpoch", "'two' must be a whole number from 1"),
                arguments("a key given twice",
                        "    name: SRE\n", "    name: SRE\n    name: Ops\n",
                        "(syntax)", "duplicate key name"),
                arguments("member in no team",
                        "[alice, bob]", "[alice]",
                        "members", "'bob' belongs to no team"),
                arguments("missing required field",
                        "    name: Bob Tanaka\n", "",
                        "members[1].name", "is required"),
                arguments("empty value",
                        "name: Bob Tanaka", "name: \"\"",
                        "members[1].name", "must not be empty"),
                arguments("a list where one value belongs",
                        "name: Bob Tanaka", "name: [Bob, Tanaka]",
                        "members[1].name", "must be a single value"),
                arguments("member id not a handle",
                        "- id: bob", "- id: Bob Tanaka",
                        "members[1].id", "must be a lower-case handle"),
                arguments("Slack id of another kind",
                        "slack: U02BOB", "slack: C02BOB",
                        "members[1].slack", "is not a Slack user id"),
                arguments("no members at all",
                        VALID.substring(0, VALID.indexOf("teams:")), "members: []\n",
                        "members", "must list at least one member"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidConfigs")
    void invalidConfig_namesFileFieldAndProblem(String description, String from, String to, String field, String problem) {
        assertThat(VALID).contains(from);
        String yaml = VALID.replace(from, to);

        assertThatThrownBy(() -> ConfigLoader.parse(SOURCE, yaml))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.source()).isEqualTo(SOURCE);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.problem()).contains(problem);
                    assertThat(e.getMessage()).startsWith(SOURCE + ": " + field + ": ");
                });
    }

    /** Found by fuzzing (ConfigLoaderFuzzTest): an empty roster failed inside the YAML parser with a NullPointerException. */
    @ParameterizedTest
    @ValueSource(strings = {"", "---\n", "# only a comment\n", "--- !!null\n"})
    void anEmptyFile_isAConfigException_thatSaysSo(String yaml) {
        assertThatThrownBy(() -> ConfigLoader.parse(SOURCE, yaml))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.field()).isEqualTo("(file)");
                    assertThat(e.problem()).isEqualTo("is empty: it has no YAML document");
                });
    }

    @Test
    void fileErrors_nameTheFilePath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("oncall.yaml");
        Files.writeString(file, VALID.replace("\"+819023456789\"", "\"0901234567\""));

        assertThatThrownBy(() -> ConfigLoader.fromFile(file))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.getMessage()).startsWith(file + ": members[1].phone: ");
                    assertThat(e.getMessage()).contains("'+', country code and number");
                });
    }

    @Test
    void unquotedValues_areReadAsText_notAsNumbersTimesOrBooleans() {
        String yaml = VALID
                .replace("name: Alice Sato", "name: NO")
                .replace("phone: \"+819012345678\"", "phone: +819012345678")
                .replace("time: \"10:00\"", "time: 10:00")
                .replace("name: Bob Tanaka", "name: 0123");

        OncallConfig config = ConfigLoader.parse(SOURCE, yaml);

        Member alice = config.member("alice").orElseThrow();
        assertThat(alice.name()).isEqualTo("NO");
        assertThat(alice.phone()).isEqualTo("+819012345678");
        assertThat(config.displayName("bob")).isEqualTo("0123");
        assertThat(config.team("sre").orElseThrow().rotation(Layer.PRIMARY).orElseThrow().handoffTime())
                .isEqualTo(LocalTime.of(10, 0));
    }

    @Test
    void dayBasedRotation_needsNoHandoffDay_andTakesItsZoneOverride() {
        String yaml = VALID
                .replace("weeks: 1", "days: 3")
                .replace("          day: monday\n", "")
                .replace("start: 2026-01-05", "start: 2026-01-07\n        timeZone: Europe/Berlin");

        Rotation rotation = ConfigLoader.parse(SOURCE, yaml).team("sre").orElseThrow().rotation(Layer.PRIMARY).orElseThrow();

        assertThat(rotation.shiftDays()).isEqualTo(3);
        assertThat(rotation.handoffDay()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(rotation.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void memberToString_leavesOutPhoneAndEmail() {
        Member member = new Member("alice", "Alice Sato", "U01ALICE", "+819012345678", "alice@example.com", ZoneId.of("Asia/Tokyo"));

        assertThat(member.toString()).contains("alice").doesNotContain("+8190").doesNotContain("@example.com");
    }
}
