package dev.touban.domain.incident;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.escalation.EscalationPolicy;
import dev.touban.domain.escalation.Target;
import dev.touban.domain.escalation.Tier;
import dev.touban.domain.rotation.Rotation;
import java.util.List;
import java.util.Optional;

/**
 * Who may see and act on an incident from Slack (acknowledge, resolve, escalate, list, read
 * its timeline): the members of its team, and anyone its escalation policy pages, by name or
 * through a rotation of any team. Nobody else, admins of other teams included: a team
 * boundary that Slack requests cannot cross, whatever incident number they name.
 */
public final class IncidentAccess {
    private IncidentAccess() {}

    public static boolean mayActOn(OncallConfig config, String memberId, Incident incident) {
        if (incident.teamId() != null && config.team(incident.teamId()).map(t -> t.memberIds().contains(memberId)).orElse(false)) {
            return true;
        }
        Optional<EscalationPolicy> policy = config.policy(incident.policyId());
        return policy.isPresent() && pagedBy(config, memberId, policy.get());
    }

    /** The open incidents among {@code incidents} that {@code memberId} may act on, in their order. */
    public static List<Incident> visibleTo(OncallConfig config, String memberId, List<Incident> incidents) {
        return incidents.stream().filter(i -> mayActOn(config, memberId, i)).toList();
    }

    private static boolean pagedBy(OncallConfig config, String memberId, EscalationPolicy policy) {
        for (Tier tier : policy.tiers()) {
            for (Target target : tier.targets()) {
                boolean paged = switch (target) {
                    case Target.User user -> user.memberId().equals(memberId);
                    case Target.OnCall onCall -> inRotation(config, onCall, memberId);
                    case Target.SlackChannel channel -> false;
                };
                if (paged) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inRotation(OncallConfig config, Target.OnCall onCall, String memberId) {
        Optional<Team> team = config.team(onCall.teamId());
        return team.isPresent() && team.get().rotations().stream()
                .filter(r -> r.id().equals(onCall.rotationId()))
                .map(Rotation::memberIds)
                .anyMatch(members -> members.contains(memberId));
    }
}
