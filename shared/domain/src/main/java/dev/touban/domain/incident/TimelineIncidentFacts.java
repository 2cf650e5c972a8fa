package dev.touban.domain.incident;

import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.health.IncidentFact;
import dev.touban.domain.health.IncidentFacts;
import dev.touban.domain.health.PageFact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The health report's incident facts, read from the incident store and each incident's timeline: every
 * {@code ESCALATED} entry starts a step, and the {@code PAGED} entries after it are that
 * step's deliveries. A timeline names a paged person by display name, so names are mapped
 * back to member ids (the team's own members first); a page to a Slack channel or to someone
 * no longer in the roster is not a page to a person and is left out.
 */
public final class TimelineIncidentFacts implements IncidentFacts {
    private final IncidentStore store;
    private final OncallConfig config;

    public TimelineIncidentFacts(IncidentStore store, OncallConfig config) {
        this.store = store;
        this.config = config;
    }

    @Override
    public List<IncidentFact> triggeredBetween(String teamId, Instant from, Instant to) {
        Map<String, String> byName = membersByName(teamId);
        List<IncidentFact> facts = new ArrayList<>();
        for (Incident incident : store.triggeredBetween(teamId, from, to)) {
            facts.add(fact(incident, store.timeline(incident.number()), byName));
        }
        return facts;
    }

    static IncidentFact fact(Incident incident, List<TimelineEntry> timeline, Map<String, String> byName) {
        int steps = 0;
        List<PageFact> pages = new ArrayList<>();
        for (TimelineEntry entry : timeline) {
            if (entry.kind() == TimelineEntry.Kind.ESCALATED) {
                steps++;
            } else if (entry.kind() == TimelineEntry.Kind.PAGED && entry.target() != null) {
                String member = byName.get(entry.target());
                if (member != null) {
                    pages.add(new PageFact(member, entry.channel(), entry.at(), Math.max(0, steps - 1)));
                }
            }
        }
        String acknowledgedBy = incident.acknowledgedBy() == null ? null : incident.acknowledgedBy().memberId();
        return new IncidentFact(incident.number(), incident.serviceId(), incident.dedupKey(), incident.triggeredAt(),
                incident.acknowledgedAt(), acknowledgedBy, incident.resolvedAt(), steps, pages);
    }

    private Map<String, String> membersByName(String teamId) {
        Map<String, String> byName = new HashMap<>();
        Team team = config.team(teamId).orElse(null);
        if (team != null) {
            for (String id : team.memberIds()) {
                byName.putIfAbsent(config.displayName(id), id);
            }
        }
        for (Member m : config.members()) {
            byName.putIfAbsent(m.name(), m.id());
        }
        return byName;
    }
}
