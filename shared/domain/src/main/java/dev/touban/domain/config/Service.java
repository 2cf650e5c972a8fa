package dev.touban.domain.config;

import dev.touban.domain.heartbeat.Heartbeat;
import dev.touban.domain.maintenance.ScheduledMaintenance;
import java.util.List;

/**
 * Something monitored that can raise incidents: alerts sent with one of its routing keys
 * (Events API v2; {@code routingKeySha256} holds the lower-case hex SHA-256 of each, one or
 * two so a key can be rotated without a gap) or from CloudWatch alarms whose names start
 * with one of {@code alarmPrefixes} open incidents escalated through {@code policyId}, and so
 * does a missed one of its {@code heartbeats}. During its {@code maintenance} windows (and
 * those started from Slack) its incidents page nobody. A {@code canary} service is Touban's
 * own scheduled end-to-end check: its policy pages Slack channels only (the loader refuses
 * anything else), so a canary every few minutes never reaches a person.
 */
public record Service(String id, String name, List<String> routingKeySha256, String policyId, List<String> alarmPrefixes,
        boolean canary, List<Heartbeat> heartbeats, List<ScheduledMaintenance> maintenance) {
    public Service {
        routingKeySha256 = List.copyOf(routingKeySha256);
        alarmPrefixes = List.copyOf(alarmPrefixes);
        heartbeats = List.copyOf(heartbeats);
        maintenance = List.copyOf(maintenance);
    }

    public Service(String id, String name, List<String> routingKeySha256, String policyId, List<String> alarmPrefixes) {
        this(id, name, routingKeySha256, policyId, alarmPrefixes, false, List.of(), List.of());
    }

    @Override
    public String toString() {
        return "Service[" + id + ", policy " + policyId + (canary ? ", canary" : "") + "]";
    }
}
