package dev.touban.domain.config;

import dev.touban.domain.compday.TeamReporting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated contents of {@code oncall.yaml}. Every member id a team or rotation names
 * exists; Slack ids and member ids are unique; each member belongs to at least one team.
 */
public final class OncallConfig {
    private final Map<String, Member> membersById = new LinkedHashMap<>();
    private final Map<String, Member> membersBySlackId = new LinkedHashMap<>();
    private final Map<String, Team> teamsById = new LinkedHashMap<>();
    private final Map<String, TeamReporting> reportingByTeam = new LinkedHashMap<>();

    public OncallConfig(List<Member> members, List<Team> teams) {
        this(members, teams, Map.of());
    }

    public OncallConfig(List<Member> members, List<Team> teams, Map<String, TeamReporting> reporting) {
        reportingByTeam.putAll(reporting);
        members.forEach(m -> {
            membersById.put(m.id(), m);
            membersBySlackId.put(m.slackUserId(), m);
        });
        teams.forEach(t -> teamsById.put(t.id(), t));
    }

    public List<Member> members() {
        return List.copyOf(membersById.values());
    }

    public List<Team> teams() {
        return List.copyOf(teamsById.values());
    }

    public Optional<Member> member(String id) {
        return Optional.ofNullable(membersById.get(id));
    }

    public Optional<Member> memberBySlackId(String slackUserId) {
        return Optional.ofNullable(membersBySlackId.get(slackUserId));
    }

    public Optional<Team> team(String id) {
        return Optional.ofNullable(teamsById.get(id));
    }

    /** The first team (in file order) that lists the member. */
    public Optional<Team> teamOf(String memberId) {
        return teamsById.values().stream().filter(t -> t.memberIds().contains(memberId)).findFirst();
    }

    /** The team's comp-day policy, holidays and export targets; the defaults when the config gives none. */
    public TeamReporting reporting(String teamId) {
        return reportingByTeam.getOrDefault(teamId, TeamReporting.DEFAULT);
    }

    public String displayName(String memberId) {
        return member(memberId).map(Member::name).orElse(memberId);
    }
}
