package dev.touban.domain.incident;

import java.time.Instant;

/** An incident as a handoff reports it: what it was, when it opened, and whether it is resolved. */
public record IncidentSummary(String id, String title, Instant openedAt, boolean resolved) {}
