package dev.touban.domain.config;

import java.util.List;

/**
 * Something monitored that can raise incidents: alerts sent with one of its routing keys
 * (Events API v2; {@code routingKeySha256} holds the lower-case hex SHA-256 of each, one or
 * two so a key can be rotated without a gap) or from CloudWatch alarms whose names start
 * with one of {@code alarmPrefixes} open incidents escalated through {@code policyId}.
 * A {@code canary} service is Touban's own scheduled end-to-end check: its policy pages
 * Slack channels only (the loader refuses anything else), so a canary every few minutes
 * never reaches a person.
 */
public record Service(String id, String name, List<String> routingKeySha256, String policyId, List<String> alarmPrefixes,
        boolean canary) {
    public Service {
        routingKeySha256 = List.copyOf(routingKeySha256);
        alarmPrefixes = List.copyOf(alarmPrefixes);
    }

    public Service(String id, String name, List<String> routingKeySha256, String policyId, List<String> alarmPrefixes) {
        this(id, name, routingKeySha256, policyId, alarmPrefixes, false);
    }

    @Override
    public String toString() {
        return "Service[" + id + ", policy " + policyId + (canary ? ", canary" : "") + "]";
    }
}
