package dev.touban.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads what PagerDuty's REST API v2 answers, as downloaded into one directory (README,
 * "Migrating from PagerDuty or Opsgenie"): {@code users*.json} ({@code /users} with
 * {@code include[]=contact_methods}), {@code schedules/*.json} (one {@code /schedules/{id}}
 * each), {@code escalation_policies*.json} and {@code services*.json} ({@code /services} with
 * {@code include[]=integrations}). Several pages of a list are files of the same prefix.
 */
final class PagerDutyReader {
    static final String TOOL = "PagerDuty";

    private PagerDutyReader() {}

    static Source read(Path dir) {
        JsonIn.directory(dir, TOOL);
        List<String> notes = new ArrayList<>();
        notes.add("Not imported from PagerDuty: overrides (set them with /oncall override), notification rules, maintenance windows,"
                + " and each service's urgency rules and support hours.");
        Map<String, Source.Team> teams = new LinkedHashMap<>();
        List<Source.Person> people = new ArrayList<>();
        for (JsonIn user : list(dir, "users", notes, true)) {
            people.add(person(user, teams));
        }
        List<Source.Schedule> schedules = new ArrayList<>();
        Path scheduleDir = dir.resolve("schedules");
        for (Path file : Files.isDirectory(scheduleDir) ? JsonIn.pages(scheduleDir, "") : List.<Path>of()) {
            schedules.add(schedule(JsonIn.read(file).field("schedule")));
        }
        List<Source.Policy> policies = new ArrayList<>();
        for (JsonIn ep : list(dir, "escalation_policies", notes, true)) {
            policies.add(policy(ep, teams));
        }
        List<Source.Service> services = new ArrayList<>();
        for (JsonIn service : list(dir, "services", notes, false)) {
            services.add(service(service));
        }
        return new Source(TOOL, people, schedules, List.copyOf(teams.values()), policies, services, notes);
    }

    /** The items of every page of a list; a last page that says more follow is noted. */
    private static List<JsonIn> list(Path dir, String name, List<String> notes, boolean required) {
        List<JsonIn> items = new ArrayList<>();
        List<JsonIn> pages = JsonIn.readPages(dir, name, required);
        for (JsonIn page : pages) {
            items.addAll(page.field(name).list());
        }
        JsonIn last = pages.isEmpty() ? null : pages.getLast();
        if (last != null && last.isTrue("more")) {
            notes.add("PagerDuty said more " + name + " follow (\"more\": true in " + last.file() + "): fetch the next page with &offset="
                    + (last.number("offset", 0) + last.number("limit", 25)) + " into " + name + "-" + (pages.size() + 1) + ".json and import again.");
        }
        return items;
    }

    private static Source.Person person(JsonIn user, Map<String, Source.Team> teams) {
        String id = user.text("id");
        List<String> notes = new ArrayList<>();
        String phone = null;
        for (JsonIn method : user.list("contact_methods")) {
            String type = method.optionalText("type");
            if (phone == null && ("phone_contact_method".equals(type) || "sms_contact_method".equals(type)) && method.has("address")) {
                phone = Phones.e164(method.number("country_code", 0), method.text("address"));
            }
        }
        ZoneId zone = Zones.read(user.optionalText("time_zone"), "user " + id, notes);
        String role = user.optionalText("role");
        for (JsonIn team : user.list("teams")) {
            String key = "pd-team:" + team.text("id");
            Source.Team t = teams.computeIfAbsent(key, k -> new Source.Team(k, team.optionalText("summary") != null
                    ? team.text("summary") : team.text("id"), new ArrayList<>(), new ArrayList<>()));
            t.members().add(id);
            if ("admin".equals(role) || "owner".equals(role)) {
                t.admins().add(id);
            }
        }
        return new Source.Person(id, user.text("name"), user.optionalText("email"), phone, zone, notes);
    }

    private static Source.Schedule schedule(JsonIn s) {
        String id = s.text("id");
        String name = s.optionalText("name") != null ? s.text("name") : id;
        List<String> notes = new ArrayList<>();
        ZoneId zone = Zones.read(s.text("time_zone"), "schedule " + id, notes);
        if (zone == null) {
            zone = Importer.UTC;
            notes.add("Its turns are counted in UTC here: set the rotation's timeZone.");
        }
        List<JsonIn> teams = s.list("teams");
        String teamHint = teams.isEmpty() ? null : "pd-team:" + teams.getFirst().text("id");
        Source.Rotation rotation = PagerDutyLayers.rotation(s.list("schedule_layers"), zone, notes);
        return new Source.Schedule(id, name, zone, rotation, teamHint, notes);
    }

    private static Source.Policy policy(JsonIn ep, Map<String, Source.Team> teams) {
        String id = ep.text("id");
        String name = ep.optionalText("name") != null ? ep.text("name") : id;
        List<JsonIn> epTeams = ep.list("teams");
        String teamKey = null;
        if (!epTeams.isEmpty()) {
            JsonIn team = epTeams.getFirst();
            teamKey = "pd-team:" + team.text("id");
            teams.putIfAbsent(teamKey, new Source.Team(teamKey, team.optionalText("summary") != null ? team.text("summary") : name,
                    new ArrayList<>(), new ArrayList<>()));
        }
        List<Source.Tier> tiers = new ArrayList<>();
        for (JsonIn rule : ep.field("escalation_rules").list()) {
            List<String> notes = new ArrayList<>();
            List<Source.Target> targets = new ArrayList<>();
            for (JsonIn target : rule.field("targets").list()) {
                String type = target.text("type");
                switch (type) {
                    case "schedule_reference", "schedule", "schedule_v3_reference" -> targets.add(new Source.Target(true, target.text("id")));
                    case "user_reference", "user" -> targets.add(new Source.Target(false, target.text("id")));
                    default -> notes.add("Not mapped: a target of type " + type + ".");
                }
            }
            if ("round_robin".equals(rule.optionalText("escalation_rule_assignment_strategy"))) {
                notes.add("PagerDuty assigns this rule round robin (one target at a time); Touban pages every target of a tier.");
            }
            tiers.add(new Source.Tier((int) Math.min(Integer.MAX_VALUE, rule.field("escalation_delay_in_minutes").number()), targets, notes));
        }
        long loops = ep.number("num_loops", 0);
        return new Source.Policy(id, name, teamKey, (int) Math.max(0, Math.min(100, loops)), tiers, List.of());
    }

    private static Source.Service service(JsonIn s) {
        String id = s.text("id");
        String name = s.optionalText("name") != null ? s.text("name") : id;
        List<String> notes = new ArrayList<>();
        notes.add("From PagerDuty service \"" + name + "\" (" + id + ").");
        if ("disabled".equals(s.optionalText("status"))) {
            notes.add("Disabled in PagerDuty.");
        }
        List<String> hashes = new ArrayList<>();
        for (JsonIn integration : s.list("integrations")) {
            String type = integration.text("type");
            String label = "integration \"" + (integration.optionalText("name") != null ? integration.text("name")
                    : integration.optionalText("summary") != null ? integration.text("summary") : type) + "\"";
            if (type.endsWith("_reference")) {
                notes.add("Not read: " + label + " is only a reference; download services with include[]=integrations.");
            } else if (type.equals("events_api_v2_inbound_integration") || type.equals("generic_events_api_inbound_integration")) {
                if (integration.has("integration_key")) {
                    hashes.add(RoutingKeys.sha256(integration.text("integration_key")));
                }
                if (type.equals("generic_events_api_inbound_integration")) {
                    notes.add(label + " is Events API v1; Touban takes v2 (routing_key, event_action) at /v2/enqueue.");
                }
            } else if (type.equals("aws_cloudwatch_inbound_integration")) {
                notes.add("Not mapped: " + label + ": send the alarms to Touban's alarms topic and list their name prefixes"
                        + " under cloudwatchAlarms.");
            } else {
                notes.add("Not mapped: " + label + " (" + type.replace("_inbound_integration", "").toLowerCase(Locale.ROOT)
                        + "); Touban takes Events API v2 events and CloudWatch alarms.");
            }
        }
        return new Source.Service(name, s.field("escalation_policy").text("id"), hashes, notes);
    }
}
