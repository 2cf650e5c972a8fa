package dev.touban.domain.canary;

import dev.touban.domain.escalation.Channel;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What became of one canary incident, judged from its record: the canary completes when its
 * first tier reached Slack (a {@code PAGED} entry on the slack channel) within
 * {@code completeWithin} of the trigger. A pure decision; the canary function reads the
 * incident and its timeline, acts on the verdict (acknowledge and resolve, or wait) and
 * reports it.
 */
public final class CanaryCheck {
    private CanaryCheck() {}

    /** The verdict on one open canary incident at {@code now}. */
    public sealed interface Verdict {
        Incident incident();

        /** Delivered to Slack {@code latency} after the trigger, within the bound: acknowledge, resolve, count it. */
        record Delivered(Incident incident, Duration latency) implements Verdict {}

        /** Delivered, but {@code latency} after the trigger, later than the bound: resolve, do not count it. */
        record Late(Incident incident, Duration latency) implements Verdict {}

        /** Nothing delivered yet, and the bound has not passed: look again next run. */
        record Waiting(Incident incident) implements Verdict {}

        /** Nothing delivered and the bound has passed: resolve, do not count it. */
        record Undelivered(Incident incident, Duration age) implements Verdict {}
    }

    public static Verdict judge(Incident incident, List<TimelineEntry> timeline, Instant now, Duration completeWithin) {
        Optional<Instant> delivered = firstSlackDelivery(timeline);
        if (delivered.isPresent()) {
            Duration latency = Duration.between(incident.triggeredAt(), delivered.get());
            return latency.compareTo(completeWithin) <= 0 ? new Verdict.Delivered(incident, latency) : new Verdict.Late(incident, latency);
        }
        Duration age = Duration.between(incident.triggeredAt(), now);
        return age.compareTo(completeWithin) <= 0 ? new Verdict.Waiting(incident) : new Verdict.Undelivered(incident, age);
    }

    static Optional<Instant> firstSlackDelivery(List<TimelineEntry> timeline) {
        return timeline.stream()
                .filter(e -> e.kind() == TimelineEntry.Kind.PAGED && Channel.SLACK.label().equals(e.channel()))
                .map(TimelineEntry::at)
                .min(Instant::compareTo);
    }
}
