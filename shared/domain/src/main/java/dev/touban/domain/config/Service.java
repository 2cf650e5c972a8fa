package dev.touban.domain.config;

import java.util.List;

/**
 * Something monitored that can raise incidents: alerts sent with one of its routing keys
 * (Events API v2; {@code routingKeySha256} holds the lower-case hex SHA-256 of each, one or
 * two so a key can be rotated without a gap) or from CloudWatch alarms whose names start
 * with one of {@code alarmPrefixes} open incidents escalated through {@code policyId}.
 */
public record Service(String id, String name, List<String> routingKeySha256, String policyId, List<String> alarmPrefixes) {
    public Service {
        routingKeySha256 = List.copyOf(routingKeySha256);
        alarmPrefixes = List.copyOf(alarmPrefixes);
    }

    @Override
    public String toString() {
        return "Service[" + id + ", policy " + policyId + "]";
    }
}
