package dev.touban.domain.export;

import java.time.Instant;

/**
 * What the HR report needs of an incident: its number, when it paged, the member id
 * ({@code oncall.yaml} handle) who acknowledged it, if anyone did, and its summary.
 */
public record IncidentSummary(long number, Instant triggeredAt, String acknowledgedBy, String summary) {}
