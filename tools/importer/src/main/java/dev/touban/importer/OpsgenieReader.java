package dev.touban.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what Opsgenie's REST API v2 answers, as downloaded into one directory (README,
 * "Migrating from PagerDuty or Opsgenie"): {@code users*.json} ({@code /v2/users}),
 * {@code teams.json} and {@code teams/*.json} ({@code /v2/teams/{id}}, which lists members),
 * {@code schedules*.json} ({@code /v2/schedules?expand=rotation}) and {@code escalations*.json}.
 * Optional {@code users/*.json} ({@code /v2/users/{id}?expand=contact}) give phone numbers.
 */
final class OpsgenieReader {
    static final String TOOL = "Opsgenie";

    private OpsgenieReader() {}

    static Source read(Path dir) {
        JsonIn.directory(dir, TOOL);
        List<String> notes = new ArrayList<>();
        notes.add("Not imported from Opsgenie: schedule overrides (set them with /oncall override), notification rules, routing"
                + " rules, heartbeats and maintenance policies, and integrations (their API keys are not in these answers).");
        Map<String, String> idOfUsername = new LinkedHashMap<>();
        Map<String, String> phones = phones(dir.resolve("users"));
        List<Source.Person> people = new ArrayList<>();
        for (JsonIn user : data(dir, "users", notes, true)) {
            String id = user.text("id");
            String username = user.optionalText("username");
            if (username != null) {
                idOfUsername.put(username, id);
            }
            List<String> own = new ArrayList<>();
            people.add(new Source.Person(id, user.optionalText("fullName") != null ? user.text("fullName") : username,
                    username != null && username.contains("@") ? username : null, phones.get(id),
                    Zones.read(user.optionalText("timeZone"), "user " + (username != null ? username : id), own), own));
        }
        Map<String, Source.Team> teams = teams(dir, idOfUsername, notes);
        List<Source.Schedule> schedules = new ArrayList<>();
        for (JsonIn schedule : data(dir, "schedules", notes, true)) {
            schedules.add(schedule(schedule, idOfUsername));
        }
        List<Source.Policy> policies = new ArrayList<>();
        List<Source.Service> services = new ArrayList<>();
        Set<String> teamsWithService = new LinkedHashSet<>();
        for (JsonIn escalation : data(dir, "escalations", notes, true)) {
            Source.Policy policy = OpsgenieEscalations.policy(escalation, idOfUsername);
            policies.add(policy);
            if (policy.teamKey() == null || teamsWithService.add(policy.teamKey())) {
                String name = policy.teamKey() != null && teams.containsKey(policy.teamKey()) ? teams.get(policy.teamKey()).name() : policy.name();
                services.add(new Source.Service(name, policy.sourceId(), List.of(), List.of("Opsgenie's integrations are not in these"
                        + " answers: this service stands for the alerts of \"" + name + "\". Point monitoring at it with its routingKey.")));
            }
        }
        return new Source(TOOL, people, schedules, List.copyOf(teams.values()), policies, services, notes);
    }

    /** The items of every page of a list; a last page with a next one is noted. */
    private static List<JsonIn> data(Path dir, String name, List<String> notes, boolean required) {
        List<JsonIn> items = new ArrayList<>();
        List<JsonIn> pages = JsonIn.readPages(dir, name, required);
        for (JsonIn page : pages) {
            items.addAll(page.field("data").list());
        }
        JsonIn last = pages.isEmpty() ? null : pages.getLast();
        if (last != null && last.has("paging") && last.field("paging").has("next")) {
            notes.add("Opsgenie said more " + name + " follow (paging.next in " + last.file() + "): fetch "
                    + last.field("paging").text("next") + " into " + name + "-" + (pages.size() + 1) + ".json and import again.");
        }
        return items;
    }

    /** Team members come from /v2/teams/{id} (teams/*.json); the list answer may carry them too. */
    private static Map<String, Source.Team> teams(Path dir, Map<String, String> idOfUsername, List<String> notes) {
        Map<String, JsonIn> byId = new LinkedHashMap<>();
        for (JsonIn team : data(dir, "teams", notes, false)) {
            byId.put(team.text("id"), team);
        }
        Path detail = dir.resolve("teams");
        for (Path file : Files.isDirectory(detail) ? JsonIn.pages(detail, "") : List.<Path>of()) {
            JsonIn team = JsonIn.read(file).field("data");
            byId.put(team.text("id"), team);
        }
        Map<String, Source.Team> teams = new LinkedHashMap<>();
        for (JsonIn team : byId.values()) {
            List<String> members = new ArrayList<>();
            List<String> admins = new ArrayList<>();
            for (JsonIn member : team.list("members")) {
                String id = userId(member.field("user"), idOfUsername);
                if (id != null) {
                    members.add(id);
                    if ("admin".equals(member.optionalText("role"))) {
                        admins.add(id);
                    }
                }
            }
            String key = "og-team:" + team.text("id");
            teams.put(key, new Source.Team(key, team.optionalText("name") != null ? team.text("name") : team.text("id"), members, admins));
        }
        return teams;
    }

    private static Source.Schedule schedule(JsonIn s, Map<String, String> idOfUsername) {
        String id = s.text("id");
        String name = s.optionalText("name") != null ? s.text("name") : id;
        List<String> notes = new ArrayList<>();
        java.time.ZoneId zone = Zones.read(s.optionalText("timezone"), "schedule " + name, notes);
        if (zone == null) {
            zone = Importer.UTC;
            notes.add("Its turns are counted in UTC here: set the rotation's timeZone.");
        }
        if (s.has("enabled") && !s.isTrue("enabled")) {
            notes.add("Disabled in Opsgenie.");
        }
        String teamHint = s.has("ownerTeam") && s.field("ownerTeam").has("id") ? "og-team:" + s.field("ownerTeam").text("id") : null;
        Source.Rotation rotation = OpsgenieRotations.rotation(s.list("rotations"), zone, idOfUsername, notes);
        return new Source.Schedule(id, name, zone, rotation, teamHint, notes);
    }

    /** A user recipient's id, found by username where the id is not given; null when neither names a user. */
    static String userId(JsonIn recipient, Map<String, String> idOfUsername) {
        if (recipient.has("id")) {
            return recipient.text("id");
        }
        String username = recipient.optionalText("username");
        return username == null ? null : idOfUsername.get(username);
    }

    /** Phone numbers from /v2/users/{id}?expand=contact answers, when they were downloaded: the first enabled sms or voice contact. */
    private static Map<String, String> phones(Path dir) {
        Map<String, String> phones = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return phones;
        }
        for (Path file : JsonIn.pages(dir, "")) {
            JsonIn user = JsonIn.read(file).field("data");
            for (JsonIn contact : user.list("userContacts")) {
                String method = contact.optionalText("contactMethod");
                boolean enabled = !contact.has("enabled") || contact.isTrue("enabled");
                if (enabled && ("sms".equals(method) || "voice".equals(method)) && !phones.containsKey(user.text("id"))) {
                    String phone = Phones.e164(contact.optionalText("to"));
                    if (phone != null) {
                        phones.put(user.text("id"), phone);
                    }
                }
            }
        }
        return phones;
    }
}
