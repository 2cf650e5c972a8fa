package dev.touban.domain.incident;

/**
 * An incident about to be opened. {@code scope} + {@code dedupKey} name the alert: while an
 * incident with the same pair is open, triggers count as repeats of it instead of opening
 * another. The scope is the service for monitoring alerts and the team for Slack calls.
 */
public record NewIncident(String scope, String dedupKey, String serviceId, String teamId, String policyId, Alert alert) {}
