package dev.touban.domain.config;

import java.util.List;

/**
 * Something monitored that can raise incidents: alerts sent with its {@code routingKey}
 * (Events API v2) or from CloudWatch alarms whose names start with one of
 * {@code alarmPrefixes} open incidents escalated through {@code policyId}.
 */
public record Service(String id, String name, String routingKey, String policyId, List<String> alarmPrefixes) {
    public Service {
        alarmPrefixes = List.copyOf(alarmPrefixes);
    }

    @Override
    public String toString() {
        return "Service[" + id + ", policy " + policyId + "]";
    }
}
