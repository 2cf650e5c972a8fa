package dev.touban.domain.config;

import dev.touban.domain.compday.TeamReporting;
import dev.touban.domain.escalation.EscalationPolicy;
import dev.touban.domain.heartbeat.Heartbeat;
import dev.touban.domain.language.Language;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated contents of {@code oncall.yaml}. Every member id a team or rotation names
 * exists; Slack ids and member ids are unique; each member belongs to at least one team.
 * Every service names an existing escalation policy, and routing keys (stored as SHA-256
 * digests) are unique.
 */
public final class OncallConfig {
    private final Map<String, Member> membersById = new LinkedHashMap<>();
    private final Map<String, Member> membersBySlackId = new LinkedHashMap<>();
    private final Map<String, Team> teamsById = new LinkedHashMap<>();
    private final Map<String, TeamReporting> reportingByTeam = new LinkedHashMap<>();
    private final Map<String, EscalationPolicy> policiesById = new LinkedHashMap<>();
    private final Map<String, Service> servicesById = new LinkedHashMap<>();
    private final List<Map.Entry<byte[], Service>> routingKeyDigests = new ArrayList<>();
    private final List<Map.Entry<byte[], Heartbeat>> heartbeatKeyDigests = new ArrayList<>();

    public OncallConfig(List<Member> members, List<Team> teams) {
        this(members, teams, Map.of(), List.of(), List.of());
    }

    public OncallConfig(List<Member> members, List<Team> teams, Map<String, TeamReporting> reporting) {
        this(members, teams, reporting, List.of(), List.of());
    }

    public OncallConfig(List<Member> members, List<Team> teams, Map<String, TeamReporting> reporting,
            List<EscalationPolicy> policies, List<Service> services) {
        reportingByTeam.putAll(reporting);
        for (Member m : members) {
            membersById.put(m.id(), m);
            membersBySlackId.put(m.slackUserId(), m);
        }
        for (Team t : teams) {
            teamsById.put(t.id(), t);
        }
        for (EscalationPolicy p : policies) {
            policiesById.put(p.id(), p);
        }
        for (Service s : services) {
            servicesById.put(s.id(), s);
            for (String hash : s.routingKeySha256()) {
                routingKeyDigests.add(Map.entry(HexFormat.of().parseHex(hash), s));
            }
            for (Heartbeat h : s.heartbeats()) {
                heartbeatKeyDigests.add(Map.entry(HexFormat.of().parseHex(h.keySha256()), h));
            }
        }
    }

    /** The same roster with these escalation policies and services. */
    public OncallConfig withEscalation(List<EscalationPolicy> policies, List<Service> services) {
        return new OncallConfig(members(), teams(), reportingByTeam, policies, services);
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
        for (Team t : teamsById.values()) {
            if (t.memberIds().contains(memberId)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The team's comp-day policy, holidays and export targets; the defaults when the config gives none. */
    public TeamReporting reporting(String teamId) {
        return reportingByTeam.getOrDefault(teamId, TeamReporting.DEFAULT);
    }

    /**
     * The language {@code member} reads answers meant for them in: their own when set, else that of
     * their first team; English for someone outside the roster.
     */
    public Language language(Member member) {
        if (member.language() != null) {
            return member.language();
        }
        return teamOf(member.id()).map(Team::language).orElse(Language.EN);
    }

    /** The language of a team's channel; English for a team the roster does not know. */
    public Language teamLanguage(String teamId) {
        Team team = teamId == null ? null : teamsById.get(teamId);
        return team == null ? Language.EN : team.language();
    }

    /**
     * The language every team reads, when they all read one; English when they differ or there is
     * no team. Teams without members (the canary's) have no readers and do not count. For a
     * reader Touban cannot name (a damaged acknowledge link).
     */
    public Language commonLanguage() {
        Language common = null;
        for (Team t : teamsById.values()) {
            if (t.memberIds().isEmpty()) {
                continue;
            }
            if (common != null && t.language() != common) {
                return Language.EN;
            }
            common = t.language();
        }
        return common == null ? Language.EN : common;
    }

    /**
     * The language of the HR workbook of {@code teamId}: the company's {@code export.language}
     * when set, else the language every team reads (so Japanese when every team reads Japanese),
     * else English. HR reads it, not the team, so one team's setting does not decide it.
     */
    public Language workbookLanguage(String teamId) {
        Language set = reporting(teamId).workbookLanguage();
        return set != null ? set : commonLanguage();
    }

    public String displayName(String memberId) {
        Member member = membersById.get(memberId);
        return member == null ? memberId : member.name();
    }

    public List<EscalationPolicy> policies() {
        return List.copyOf(policiesById.values());
    }

    public Optional<EscalationPolicy> policy(String id) {
        return Optional.ofNullable(id == null ? null : policiesById.get(id));
    }

    /** The policy a team is paged through by default ({@code /oncall call}): the first listed for it. */
    public Optional<EscalationPolicy> defaultPolicy(String teamId) {
        for (EscalationPolicy p : policiesById.values()) {
            if (p.teamId().equals(teamId)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public List<Service> services() {
        return List.copyOf(servicesById.values());
    }

    public Optional<Service> service(String id) {
        return Optional.ofNullable(id == null ? null : servicesById.get(id));
    }

    /**
     * The service {@code routingKey} belongs to. The presented key is hashed and its digest
     * compared with every stored one by {@link MessageDigest#isEqual}, without stopping at a
     * match, so the time taken depends on the number of stored keys only. (Even a comparison
     * that stopped early would leak nothing usable: it would tell how much of a SHA-256 digest
     * matched, and steering a digest's prefix takes a preimage attack.)
     */
    public Optional<Service> serviceByRoutingKey(String routingKey) {
        if (routingKey == null) {
            return Optional.empty();
        }
        byte[] digest = RoutingKeys.sha256(routingKey);
        Service found = null;
        for (Map.Entry<byte[], Service> key : routingKeyDigests) {
            if (MessageDigest.isEqual(key.getKey(), digest)) {
                found = key.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Every service's heartbeats, in file order. */
    public List<Heartbeat> heartbeats() {
        List<Heartbeat> all = new ArrayList<>();
        for (Service s : servicesById.values()) {
            all.addAll(s.heartbeats());
        }
        return List.copyOf(all);
    }

    /** The heartbeat {@code key} belongs to, compared as {@link #serviceByRoutingKey} compares routing keys. */
    public Optional<Heartbeat> heartbeatByKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        byte[] digest = RoutingKeys.sha256(key);
        Heartbeat found = null;
        for (Map.Entry<byte[], Heartbeat> entry : heartbeatKeyDigests) {
            if (MessageDigest.isEqual(entry.getKey(), digest)) {
                found = entry.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The service whose longest alarm-name prefix starts {@code alarmName}. */
    public Optional<Service> serviceForAlarm(String alarmName) {
        Service best = null;
        int bestLength = -1;
        for (Service s : servicesById.values()) {
            for (String prefix : s.alarmPrefixes()) {
                boolean matches = prefix.equals("*") || alarmName.startsWith(prefix);
                int length = prefix.equals("*") ? 0 : prefix.length();
                if (matches && length > bestLength) {
                    best = s;
                    bestLength = length;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The member with this E.164 phone number. */
    public Optional<Member> memberByPhone(String phone) {
        for (Member m : membersById.values()) {
            if (m.phone().equals(phone)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
