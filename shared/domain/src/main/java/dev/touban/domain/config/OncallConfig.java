package dev.touban.domain.config;

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

    public OncallConfig(List<Member> members, List<Team> teams) {
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

    public String displayName(String memberId) {
        return member(memberId).map(Member::name).orElse(memberId);
    }
}
