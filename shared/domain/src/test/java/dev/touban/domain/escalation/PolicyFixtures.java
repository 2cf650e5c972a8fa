package dev.touban.domain.escalation;

import dev.touban.domain.config.Layer;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

final class PolicyFixtures {
    static final Instant T0 = Instant.parse("2026-11-28T00:00:00Z");

    private PolicyFixtures() {}

    /** Three tiers of 5, 5 and 10 minutes, run twice. */
    static EscalationPolicy threeTiersTwice() {
        return new EscalationPolicy("sre-default", "sre", List.of(
                new Tier(List.of(new Target.OnCall("sre-primary", "sre", Layer.PRIMARY, List.of(Channel.SLACK))), Duration.ofMinutes(5)),
                new Tier(List.of(new Target.OnCall("sre-secondary", "sre", Layer.SECONDARY, List.of(Channel.SMS))), Duration.ofMinutes(5)),
                new Tier(List.of(new Target.User("alice", List.of(Channel.VOICE))), Duration.ofMinutes(10))), 1);
    }

    static Incident triggered(int nextStep, Instant nextStepAt) {
        return incident(IncidentStatus.TRIGGERED, nextStep, nextStepAt);
    }

    static Incident incident(IncidentStatus status, int nextStep, Instant nextStepAt) {
        return new Incident(42, "web", "dedup-1", "web", "sre", "sre-default",
                Alert.simple("Checkout 5xx above 2%", "prometheus", Severity.CRITICAL),
                status, 3, nextStep, nextStepAt, T0, null, null, null, null, 0);
    }
}
