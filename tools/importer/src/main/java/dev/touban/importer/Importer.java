package dev.touban.importer;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns what a reader understood ({@link Source}) into a Touban draft, making Touban's choices
 * in one place:
 * <ul>
 * <li>A team has one primary and one secondary rotation. Walking the escalation policies in
 * order, the first schedule a team's policy pages becomes its primary, the next its secondary
 * (the usual PagerDuty and Opsgenie set-up: tier 1 a primary schedule, tier 2 a secondary);
 * a schedule that finds both taken, or no policy, gets a team of its own.</li>
 * <li>Team members are the source team's members, then the people of its rotations, then the
 * people its policies page by name who are in no team yet. People in no team are left out
 * (Touban wants every member in a team) and listed at the end.</li>
 * <li>Slack ids and missing phone numbers get placeholders that page nobody, each with a TODO.</li>
 * <li>Integration keys are kept only as SHA-256 ({@link ServiceDrafts}).</li>
 * </ul>
 */
final class Importer {
    static final List<String> CHANNELS = List.of("slack", "sms");
    static final String PHONE_PLACEHOLDER = "+1000000";
    static final ZoneId UTC = ZoneId.of("UTC");

    private final Source src;
    private final ServiceDrafts.KeyStyle keyStyle;
    private final Supplier<String> newKey;
    private final Map<String, Source.Person> people = new LinkedHashMap<>();
    private final Map<String, Source.Schedule> schedules = new LinkedHashMap<>();
    private final Map<String, String> handleOf = new LinkedHashMap<>();
    private final Map<String, String> rotationOf = new LinkedHashMap<>();
    private final Map<String, TeamBuild> teams = new LinkedHashMap<>();
    private final Map<String, TeamBuild> teamOfSchedule = new LinkedHashMap<>();
    private final Map<String, String> policyIds = new LinkedHashMap<>();
    private final Handles teamIds = new Handles("team");
    private final List<String> footer = new ArrayList<>();

    /** A team as it is put together: its members in order, and the schedule of each layer. */
    private static final class TeamBuild {
        final String id;
        final String name;
        final Set<String> members = new LinkedHashSet<>();
        final List<String> admins = new ArrayList<>();
        final List<String> comments = new ArrayList<>();
        final boolean fromSource;
        String primary;
        String secondary;

        TeamBuild(String id, String name, boolean fromSource) {
            this.id = id;
            this.name = name;
            this.fromSource = fromSource;
        }
    }

    private Importer(Source src, ServiceDrafts.KeyStyle keyStyle, Supplier<String> newKey) {
        this.src = src;
        this.keyStyle = keyStyle;
        this.newKey = newKey;
    }

    /** The draft of {@code src}, its services' keys in {@code keyStyle}, new keys from {@code newKey}. */
    static ImportResult run(Source src, ServiceDrafts.KeyStyle keyStyle, Supplier<String> newKey) {
        return new Importer(src, keyStyle, newKey).run();
    }

    private ImportResult run() {
        Handles memberIds = new Handles("member");
        for (Source.Person p : src.people()) {
            people.put(p.sourceId(), p);
            handleOf.put(p.sourceId(), memberIds.next(p.email() != null ? p.email().replaceAll("@.*", "") : p.name()));
        }
        Handles rotationIds = new Handles("rotation");
        for (Source.Schedule s : src.schedules()) {
            schedules.put(s.sourceId(), s);
            if (s.rotation() != null && !known(s.rotation().people()).isEmpty()) {
                rotationOf.put(s.sourceId(), rotationIds.next(s.name()));
            }
        }
        for (Source.Team t : src.teams()) {
            TeamBuild team = team(t.key(), t.name(), true);
            team.members.addAll(known(t.members()));
            team.admins.addAll(known(t.admins()));
        }
        assignSchedules();
        List<Draft.Policy> policies = policies();
        List<Draft.Service> services = ServiceDrafts.of(src, policyIds, keyStyle, newKey, footer);
        List<Draft.Team> draftTeams = teams();
        List<Draft.Member> members = members();
        Draft draft = new Draft(header(), members, draftTeams, policies, services, footer);
        return new ImportResult(DraftWriter.write(draft), draft, Map.copyOf(rotationOf), Map.copyOf(handleOf));
    }

    private void assignSchedules() {
        for (Source.Policy p : src.policies()) {
            TeamBuild team = team(teamKey(p), p.name(), false);
            for (Source.Tier tier : p.tiers()) {
                for (Source.Target target : tier.targets()) {
                    if (target.schedule() && rotationOf.containsKey(target.sourceId()) && !teamOfSchedule.containsKey(target.sourceId())) {
                        place(target.sourceId(), team);
                    }
                }
            }
        }
        for (String scheduleId : rotationOf.keySet()) {
            if (!teamOfSchedule.containsKey(scheduleId)) {
                Source.Schedule s = schedules.get(scheduleId);
                place(scheduleId, s.teamHint() != null && teams.containsKey(s.teamHint()) ? teams.get(s.teamHint())
                        : team("schedule:" + scheduleId, s.name(), false));
            }
        }
        for (Source.Policy p : src.policies()) {
            TeamBuild team = teams.get(teamKey(p));
            for (Source.Tier tier : p.tiers()) {
                for (Source.Target target : tier.targets()) {
                    if (!target.schedule() && handleOf.containsKey(target.sourceId()) && !inSomeTeam(target.sourceId())) {
                        team.members.add(target.sourceId());
                    }
                }
            }
        }
    }

    /** The schedule becomes the team's primary, else its secondary, else a team of its own. */
    private void place(String scheduleId, TeamBuild team) {
        Source.Schedule s = schedules.get(scheduleId);
        if (team.primary == null) {
            team.primary = scheduleId;
        } else if (team.secondary == null) {
            team.secondary = scheduleId;
        } else {
            TeamBuild own = team("schedule:" + scheduleId, s.name(), false);
            own.comments.add("Team made for " + src.tool() + " schedule \"" + s.name() + "\": team " + team.id
                    + " already has a primary and a secondary rotation, and a Touban team has no more.");
            team = own;
            team.primary = scheduleId;
        }
        teamOfSchedule.put(scheduleId, team);
        team.members.addAll(known(s.rotation().people()));
    }

    private List<Draft.Policy> policies() {
        Handles ids = new Handles("policy");
        List<Draft.Policy> out = new ArrayList<>();
        for (Source.Policy p : src.policies()) {
            TeamBuild team = owner(p);
            List<String> carried = new ArrayList<>();
            List<Draft.Tier> tiers = new ArrayList<>();
            for (Source.Tier tier : p.tiers()) {
                List<String> comments = new ArrayList<>(carried);
                carried.clear();
                comments.addAll(tier.notes());
                List<Draft.Target> targets = new ArrayList<>();
                for (Source.Target t : tier.targets()) {
                    if (t.schedule() && rotationOf.containsKey(t.sourceId())) {
                        targets.add(new Draft.Target("rotation", rotationOf.get(t.sourceId()), CHANNELS));
                    } else if (!t.schedule() && handleOf.containsKey(t.sourceId())) {
                        targets.add(new Draft.Target("user", handleOf.get(t.sourceId()), CHANNELS));
                    } else {
                        comments.add("Not mapped: " + (t.schedule() ? "schedule " + scheduleName(t.sourceId()) + ", which has no rotation Touban can keep"
                                : "user " + t.sourceId() + ", who is not in the users file") + ".");
                    }
                }
                int delay = Math.max(1, Math.min(24 * 60, tier.delayMinutes()));
                if (delay != tier.delayMinutes()) {
                    comments.add(src.tool() + " waits " + tier.delayMinutes() + " min here; Touban's delays run from 1 to 1440 min.");
                }
                if (targets.isEmpty()) {
                    carried.add("Dropped " + (tiers.isEmpty() ? "before" : "after") + " this tier: " + src.tool() + "'s tier "
                            + (p.tiers().indexOf(tier) + 1) + ", as nothing it paged could be mapped.");
                    carried.addAll(comments);
                    continue;
                }
                tiers.add(new Draft.Tier(delay, targets, comments));
            }
            List<String> comments = new ArrayList<>();
            comments.add("From " + src.tool() + " escalation policy \"" + p.name() + "\" (" + p.sourceId() + ").");
            comments.addAll(p.notes());
            if (tiers.isEmpty()) {
                footer.add("Not imported: escalation policy \"" + p.name() + "\": none of its tiers pages anything Touban could map.");
                continue;
            }
            if (!carried.isEmpty()) {
                tiers.set(tiers.size() - 1, withComments(tiers.getLast(), carried));
            }
            int repeat = Math.min(p.repeat(), 9);
            if (repeat != p.repeat()) {
                comments.add(src.tool() + " repeats it " + p.repeat() + " times; Touban repeats at most 9.");
            }
            out.add(new Draft.Policy(ids.next(p.name()), team.id, repeat, tiers, comments));
            policyIds.put(p.sourceId(), out.getLast().id());
        }
        return out;
    }

    private List<Draft.Team> teams() {
        List<Draft.Team> out = new ArrayList<>();
        for (TeamBuild t : teams.values()) {
            if (t.members.isEmpty()) {
                if (t.fromSource) {
                    footer.add("Not imported: team \"" + t.name + "\": it has no members.");
                }
                continue;
            }
            List<Draft.Rotation> rotations = new ArrayList<>();
            ZoneId zone = t.primary != null ? schedules.get(t.primary).zone() : zoneOf(t.members.iterator().next());
            rotation(t, t.primary, "primary", zone, rotations);
            rotation(t, t.secondary, "secondary", zone, rotations);
            List<String> members = new ArrayList<>();
            for (String id : t.members) {
                members.add(handleOf.get(id));
            }
            List<String> admins = new ArrayList<>();
            for (String id : t.admins) {
                if (t.members.contains(id)) {
                    admins.add(handleOf.get(id));
                }
            }
            out.add(new Draft.Team(t.id, t.name, zone, members, admins, rotations, t.comments));
        }
        return out;
    }

    private void rotation(TeamBuild t, String scheduleId, String layer, ZoneId teamZone, List<Draft.Rotation> out) {
        if (scheduleId == null) {
            return;
        }
        Source.Schedule s = schedules.get(scheduleId);
        Source.Rotation r = s.rotation();
        List<String> comments = new ArrayList<>();
        comments.add("From " + src.tool() + " schedule \"" + s.name() + "\" (" + s.sourceId() + ").");
        comments.addAll(s.notes());
        comments.addAll(r.notes());
        List<String> members = new ArrayList<>();
        for (String id : r.people()) {
            if (handleOf.containsKey(id)) {
                members.add(handleOf.get(id));
            } else {
                comments.add("Left out: user " + id + ", who is not in the users file.");
            }
        }
        boolean weeks = r.shiftDays() % 7 == 0;
        out.add(new Draft.Rotation(rotationOf.get(scheduleId), layer, members, weeks ? r.shiftDays() / 7 : 0, weeks ? 0 : r.shiftDays(),
                r.firstHandoff().getDayOfWeek(), r.firstHandoff().toLocalTime(), s.zone().equals(teamZone) ? null : s.zone(),
                r.firstHandoff().toLocalDate(), comments));
    }

    private List<Draft.Member> members() {
        List<Draft.Member> out = new ArrayList<>();
        List<String> left = new ArrayList<>();
        int n = 0;
        for (Source.Person p : src.people()) {
            if (!inSomeTeam(p.sourceId())) {
                left.add(p.name() + " (" + p.sourceId() + ")");
                continue;
            }
            n++;
            List<String> comments = new ArrayList<>(p.notes());
            String slack = String.format("UTODO%03d", n);
            comments.add("TODO slack: " + slack + " stands in for the Slack user id of " + (p.email() != null ? p.email() : p.name())
                    + " (Slack: users.lookupByEmail, or the profile's \"Copy member ID\").");
            String phone = p.phone();
            if (phone == null) {
                phone = PHONE_PLACEHOLDER + String.format("%04d", n);
                comments.add("TODO phone: " + src.tool() + " gave no phone number; " + phone + " is a placeholder that reaches nobody.");
            }
            ZoneId zone = p.zone();
            if (zone == null) {
                zone = teamZoneOf(p.sourceId());
                comments.add("TODO timeZone: " + src.tool() + " gave no time zone Touban reads; the team's is used.");
            }
            out.add(new Draft.Member(handleOf.get(p.sourceId()), p.name(), slack, phone, p.email(), zone, comments));
        }
        if (!left.isEmpty()) {
            footer.add("Not imported (in no schedule, escalation policy or team): " + String.join(", ", left) + ".");
        }
        return out;
    }

    private List<String> header() {
        List<String> header = new ArrayList<>();
        header.add("Touban oncall.yaml draft, imported from " + src.tool() + " by bin/touban-import. Review every comment, fill in the"
                + " TODOs (Slack ids, phone numbers), then copy it to config/oncall.yaml.");
        header.add("Channels: each target is paged on slack and sms here; " + src.tool() + " used each person's own notification"
                + " rules, which Touban does not have. Change channels per target (slack, sns, sms, voice).");
        header.addAll(src.notes());
        return header;
    }

    private TeamBuild team(String key, String name, boolean fromSource) {
        TeamBuild team = teams.get(key);
        if (team == null) {
            team = new TeamBuild(teamIds.next(name), name, fromSource);
            teams.put(key, team);
        }
        return team;
    }

    /** A policy's own team: its source team, or one named after it. */
    private static String teamKey(Source.Policy p) {
        return p.teamKey() != null ? p.teamKey() : "policy:" + p.sourceId();
    }

    /**
     * The team a policy belongs to in the draft: its own when that has members, else the team of
     * the first rotation or person it pages (a policy whose schedules all went to another policy's team).
     */
    private TeamBuild owner(Source.Policy p) {
        TeamBuild own = teams.get(teamKey(p));
        if (!own.members.isEmpty()) {
            return own;
        }
        for (Source.Tier tier : p.tiers()) {
            for (Source.Target t : tier.targets()) {
                for (TeamBuild candidate : teams.values()) {
                    boolean holds = t.schedule() ? teamOfSchedule.get(t.sourceId()) == candidate : candidate.members.contains(t.sourceId());
                    if (holds && !candidate.members.isEmpty()) {
                        return candidate;
                    }
                }
            }
        }
        return own;
    }

    private boolean inSomeTeam(String personId) {
        for (TeamBuild t : teams.values()) {
            if (t.members.contains(personId)) {
                return true;
            }
        }
        return false;
    }

    private ZoneId teamZoneOf(String personId) {
        for (TeamBuild t : teams.values()) {
            if (t.members.contains(personId) && t.primary != null) {
                return schedules.get(t.primary).zone();
            }
        }
        return UTC;
    }

    private ZoneId zoneOf(String personId) {
        Source.Person p = people.get(personId);
        return p != null && p.zone() != null ? p.zone() : UTC;
    }

    private List<String> known(List<String> personIds) {
        List<String> known = new ArrayList<>();
        for (String id : personIds) {
            if (handleOf.containsKey(id) && !known.contains(id)) {
                known.add(id);
            }
        }
        return known;
    }

    private String scheduleName(String id) {
        Source.Schedule s = schedules.get(id);
        return s == null ? id : "\"" + s.name() + "\"";
    }

    private static Draft.Tier withComments(Draft.Tier tier, List<String> more) {
        List<String> comments = new ArrayList<>(tier.comments());
        comments.addAll(more);
        return new Draft.Tier(tier.delayMinutes(), tier.targets(), comments);
    }
}
