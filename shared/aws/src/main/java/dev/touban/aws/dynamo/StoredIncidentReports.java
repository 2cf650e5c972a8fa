package dev.touban.aws.dynamo;

import dev.touban.domain.export.IncidentSource;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentHistory;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.IncidentStore;
import dev.touban.domain.incident.IncidentSummary;
import java.time.Instant;
import java.util.List;

/** A team's stored incidents as the handoff message and the HR report read them. */
public final class StoredIncidentReports implements IncidentHistory, IncidentSource {
    private final IncidentStore incidents;

    public StoredIncidentReports(IncidentStore incidents) {
        this.incidents = incidents;
    }

    @Override
    public List<IncidentSummary> openedBetween(String teamId, Instant from, Instant to) {
        return incidents.triggeredBetween(teamId, from, to).stream()
                .map(i -> new IncidentSummary("#" + i.number(), i.alert().summary(), i.triggeredAt(),
                        i.status() == IncidentStatus.RESOLVED))
                .toList();
    }

    @Override
    public List<dev.touban.domain.export.IncidentSummary> incidents(String teamId, Instant from, Instant to) {
        return incidents.triggeredBetween(teamId, from, to).stream()
                .map(i -> new dev.touban.domain.export.IncidentSummary(i.number(), i.triggeredAt(), acknowledger(i), i.alert().summary()))
                .toList();
    }

    /** The member id of whoever acknowledged, when a roster member did. */
    private static String acknowledger(Incident i) {
        return i.acknowledgedBy() == null ? null : i.acknowledgedBy().memberId();
    }
}
