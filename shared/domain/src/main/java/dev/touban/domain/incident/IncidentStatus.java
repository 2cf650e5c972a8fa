package dev.touban.domain.incident;

/**
 * Where an incident is. It only moves forward: triggered, then acknowledged, then resolved
 * (acknowledging is optional). Only a triggered incident escalates.
 */
public enum IncidentStatus {
    TRIGGERED,
    ACKNOWLEDGED,
    RESOLVED;

    public boolean isOpen() {
        return this != RESOLVED;
    }
}
