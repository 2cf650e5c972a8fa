package dev.touban.domain.config;

import dev.touban.domain.heartbeat.Heartbeat;
import java.util.List;

/**
 * Something monitored that can raise incidents: alerts sent with one of its routing keys
 * (Events API v2; {@code routingKeySha256} holds the lower-case hex SHA-256 of each, one or
 * two so a key can be rotated without a gap) or from CloudWatch alarms whose names start
 * with one of {@code alarmPrefixes} open incidents escalated through {@code policyId}, and so
 * does a missed one of its {@code heartbeats}.
 */
public record Service(String id, String name, List<String> routingKeySha256, String policyId, List<String> alarmPrefixes,
        List<Heartbeat> heartbeats) {
    public Service {
        routingKeySha256 = List.copyOf(routingKeySha256);
        alarmPrefixes = List.copyOf(alarmPrefixes);
        heartbeats = List.copyOf(heartbeats);
    }

    public Service(String id, String name, List<String> routingKeySha256, String policyId, List<String> alarmPrefixes) {
        this(id, name, routingKeySha256, policyId, alarmPrefixes, List.of());
    }

    @Override
    public String toString() {
        return "Service[" + id + ", policy " + policyId + "]";
    }
}
