package dev.touban.domain.config;

import dev.touban.domain.language.Language;
import dev.touban.domain.rotation.Rotation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates {@code oncall.yaml}. Every scalar is read as text (the failsafe
 * schema), so {@code +8190...}, {@code 10:00} or {@code NO} mean what they say; this class
 * decides each field's type and says exactly which field is wrong.
 *
 * <p>A function jar carries its roster twice: as YAML, and as the same tree compiled at build
 * time ({@link CompiledConfig}), which loads without a YAML parser at cold start. Both go
 * through the same validation.
 */
public final class ConfigLoader {
    private static final String E164 = "\\+[1-9][0-9]{6,14}";
    private static final String HANDLE = "[a-z0-9][a-z0-9._-]{0,63}";

    private ConfigLoader() {}

    /** A file path when such a file exists, otherwise a classpath resource (how the config ships in the jar). */
    public static OncallConfig load(String fileOrResource) {
        Path file = Path.of(fileOrResource);
        if (!Files.isRegularFile(file)) {
            return fromClasspath(fileOrResource);
        }
        // Lambda unpacks the jar into its working directory, so the packaged roster is also a file
        // there, with its compiled form beside it.
        Path compiled = Path.of(fileOrResource + CompiledConfig.SUFFIX);
        try {
            byte[] source = Files.readAllBytes(file);
            if (Files.isRegularFile(compiled)) {
                try (InputStream in = Files.newInputStream(compiled)) {
                    Optional<Object> tree = CompiledConfig.readIfCurrent(in, source);
                    if (tree.isPresent()) {
                        return fromTree(file.toString(), tree.get());
                    }
                }
            }
            return parse(file.toString(), new String(source, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "(file)", "cannot be read: " + e.getMessage());
        }
    }

    public static OncallConfig fromClasspath(String resource) {
        ClassLoader loader = ConfigLoader.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource);
             InputStream compiled = loader.getResourceAsStream(resource + CompiledConfig.SUFFIX)) {
            byte[] source = in == null ? null : in.readAllBytes();
            if (compiled != null) {
                Optional<Object> tree = CompiledConfig.readIfCurrent(compiled, source);
                if (tree.isPresent()) {
                    return fromTree(resource, tree.get());
                }
            }
            if (source == null) {
                throw new ConfigException(resource, "(file)", "not found on the classpath; build with config/" + resource + " present");
            }
            return parse(resource, new String(source, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static OncallConfig fromFile(Path file) {
        try {
            return parse(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "(file)", "cannot be read: " + e.getMessage());
        }
    }

    public static OncallConfig parse(String source, String yaml) {
        return fromTree(source, YamlTree.parse(source, yaml));
    }

    /** Validates a parsed roster: maps, lists and text, as the failsafe YAML schema gives them. */
    public static OncallConfig fromTree(String source, Object root) {
        ConfigNode top = new ConfigNode(source, "", root == null ? java.util.Map.of() : root);
        List<Member> members = members(top.field("members"));
        Set<String> ids = new HashSet<>();
        for (Member m : members) {
            ids.add(m.id());
        }
        List<Team> teams = teams(top.field("teams"), ids);
        OncallConfig config = new OncallConfig(members, teams, ReportingConfigReader.read(top));
        for (Member m : members) {
            if (config.teamOf(m.id()).isEmpty()) {
                throw new ConfigException(source, "members", "'" + m.id() + "' belongs to no team");
            }
        }
        return EscalationConfigReader.read(top, config);
    }

    private static List<Member> members(ConfigNode node) {
        List<Member> members = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> slackIds = new HashSet<>();
        for (ConfigNode m : node.list()) {
            ConfigNode idNode = m.field("id");
            String id = idNode.matching(HANDLE, "must be a lower-case handle such as alice or bob.smith");
            if (!ids.add(id)) {
                throw idNode.fail("duplicate member '" + id + "'");
            }
            ConfigNode slackNode = m.field("slack");
            String slack = slackNode.matching("[UW][A-Z0-9]{2,20}", "is not a Slack user id (U0123ABCD)");
            if (!slackIds.add(slack)) {
                throw slackNode.fail("Slack user " + slack + " is given to two members");
            }
            String name = m.field("name").text();
            ConfigNode phoneNode = m.field("phone");
            String phone = phoneNode.text();
            if (!phone.matches(E164)) {
                throw phoneNode.fail("must be an E.164 number: '+', country code and number, no spaces (+819012345678)");
            }
            String email = m.optionalMatching("email", "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", "is not an email address");
            ZoneId zone = m.field("timeZone").zone();
            members.add(new Member(id, name, slack, phone, email, zone, language(m)));
        }
        if (members.isEmpty()) {
            throw node.fail("must list at least one member");
        }
        return members;
    }

    private static List<Team> teams(ConfigNode node, Set<String> memberIds) {
        List<Team> teams = new ArrayList<>();
        Set<String> teamIds = new HashSet<>();
        Set<String> rotationIds = new HashSet<>();
        for (ConfigNode t : node.list()) {
            ConfigNode idNode = t.field("id");
            String id = idNode.matching(HANDLE, "must be a lower-case handle such as sre");
            if (!teamIds.add(id)) {
                throw idNode.fail("duplicate team '" + id + "'");
            }
            ZoneId zone = t.field("timeZone").zone();
            String country = t.optionalMatching("country", "[A-Z]{2}", "must be an ISO 3166 country code such as JP");
            String channel = t.optionalMatching("slackChannel", "[CG][A-Z0-9]{2,20}", "is not a Slack channel id (C0123ABCD)");
            String group = t.optionalMatching("slackUserGroup", "S[A-Z0-9]{2,20}", "is not a Slack user group id (S0123ABCD)");
            List<String> members = knownIds(t.field("members"), memberIds, "member");
            List<String> admins = t.has("admins") ? knownIds(t.field("admins"), memberIds, "admin") : List.of();
            List<Rotation> rotations = new ArrayList<>();
            for (ConfigNode r : t.optionalList("rotations")) {
                Rotation rotation = rotation(r, zone, members);
                if (!rotationIds.add(rotation.id())) {
                    throw r.field("id").fail("duplicate rotation '" + rotation.id() + "'");
                }
                for (Rotation other : rotations) {
                    if (other.layer() == rotation.layer()) {
                        throw r.field("layer").fail("team '" + id + "' already has a " + rotation.layer().label() + " rotation");
                    }
                }
                rotations.add(rotation);
            }
            // Bumping it revokes the team's schedule and calendar links (TeamToken), and only that team's.
            int linkEpoch = t.has("linkEpoch") ? t.field("linkEpoch").wholeNumber(1, 1_000_000) : 1;
            Language language = language(t);
            teams.add(new Team(id, t.field("name").text(), zone, country, channel, group, members, admins, rotations, linkEpoch,
                    language == null ? Language.EN : language));
        }
        if (teams.isEmpty()) {
            throw node.fail("must list at least one team");
        }
        return teams;
    }

    private static Rotation rotation(ConfigNode r, ZoneId teamZone, List<String> teamMembers) {
        String id = r.field("id").matching(HANDLE, "must be a lower-case handle such as sre-primary");
        Layer layer = r.has("layer") ? layer(r.field("layer")) : Layer.PRIMARY;
        ConfigNode membersNode = r.field("members");
        List<String> members = new ArrayList<>();
        for (ConfigNode m : membersNode.list()) {
            String memberId = m.text();
            if (!teamMembers.contains(memberId)) {
                throw m.fail("unknown member '" + memberId + "': not a member of this team " + teamMembers);
            }
            members.add(memberId);
        }
        if (members.isEmpty()) {
            throw membersNode.fail("must list at least one member");
        }
        boolean inWeeks = r.has("weeks");
        if (inWeeks == r.has("days")) {
            throw r.fail("give the shift length as either weeks or days (exactly one of them)");
        }
        int shiftDays = inWeeks ? weeksInDays(r.field("weeks")) : r.field("days").positiveInt();
        ConfigNode handoff = r.field("handoff");
        LocalTime time = handoff.field("time").time();
        ZoneId zone = r.has("timeZone") ? r.field("timeZone").zone() : teamZone;
        ConfigNode startNode = r.field("start");
        LocalDate start = startNode.date();
        DayOfWeek day = handoff.has("day") ? handoff.field("day").dayOfWeek() : start.getDayOfWeek();
        if (inWeeks && start.getDayOfWeek() != day) {
            throw startNode.fail(start + " is a " + start.getDayOfWeek().toString().toLowerCase(Locale.ROOT)
                    + ", but handoff.day is " + day.toString().toLowerCase(Locale.ROOT) + ": start on a handoff day");
        }
        return new Rotation(id, layer, members, shiftDays, day, time, zone, start);
    }

    /** The optional {@code language} field: null when absent. */
    private static Language language(ConfigNode node) {
        String code = node.optionalMatching("language", "en|ja", "must be en or ja");
        return code == null ? null : Language.ofCode(code).orElseThrow();
    }

    private static Layer layer(ConfigNode node) {
        try {
            return Layer.valueOf(node.text().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw node.fail("'" + node.text() + "' must be primary or secondary");
        }
    }

    private static int weeksInDays(ConfigNode weeks) {
        int n = weeks.positiveInt();
        if (n > Integer.MAX_VALUE / 7) {
            throw weeks.fail("'" + n + "' weeks is too long a shift");
        }
        return n * 7;
    }

    private static List<String> knownIds(ConfigNode node, Set<String> known, String role) {
        List<String> ids = new ArrayList<>();
        for (ConfigNode n : node.list()) {
            String id = n.text();
            if (!known.contains(id)) {
                throw n.fail("unknown " + role + " '" + id + "': not listed under members");
            }
            if (ids.contains(id)) {
                throw n.fail("'" + id + "' is listed twice");
            }
            ids.add(id);
        }
        return ids;
    }
}
