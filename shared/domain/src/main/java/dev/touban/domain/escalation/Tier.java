package dev.touban.domain.escalation;

import java.time.Duration;
import java.util.List;

/**
 * One tier of an escalation policy: everyone in {@code targets} is paged together, then,
 * unless someone acknowledges, the next tier follows after {@code delay} (at least a minute:
 * EventBridge Scheduler fires with one-minute precision).
 */
public record Tier(List<Target> targets, Duration delay) {
    public static final Duration MIN_DELAY = Duration.ofMinutes(1);

    public Tier {
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("a tier needs at least one target");
        }
        if (delay.compareTo(MIN_DELAY) < 0) {
            throw new IllegalArgumentException("a tier's delay must be at least one minute");
        }
    }
}
