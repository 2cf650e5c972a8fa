package dev.touban.domain.incident;

import java.time.Instant;

/**
 * An incident as stored. {@code number} is the short number people type ({@code /oncall ack 42}).
 *
 * <p>Escalation state: {@code nextStep} is the next step of the policy to page and
 * {@code nextStepAt} when it is due ({@code null} once every step has been paged).
 * {@code version} grows with every change that matters to escalation (a step paged, an
 * acknowledgement, a resolve, escalate-now), so a writer that read version {@code v} can
 * fence its write on it. Repeated triggers only count in {@code repeats}.
 */
public record Incident(
        long number,
        String scope,
        String dedupKey,
        String serviceId,
        String teamId,
        String policyId,
        Alert alert,
        IncidentStatus status,
        long version,
        int nextStep,
        Instant nextStepAt,
        Instant triggeredAt,
        Actor acknowledgedBy,
        Instant acknowledgedAt,
        Actor resolvedBy,
        Instant resolvedAt,
        long repeats) {

    public boolean escalating() {
        return status == IncidentStatus.TRIGGERED && nextStepAt != null;
    }

    public String title() {
        return "#" + number + " " + alert.summary();
    }
}
