package dev.touban.local;

import dev.touban.domain.incident.IncidentStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * When the escalation step's one-minute sweep has work: the first whole minute of a clock move
 * at which the store's sweep index names an incident (a step a minute overdue, a delivery pending
 * past its lease or backoff). Work only grows with time, so that minute is found by halving the
 * move; a sweep that leaves work behind is fired again the next minute, as in AWS.
 */
final class SweepWakeups {
    private SweepWakeups() {}

    static CronSchedules.Wakeups of(IncidentStore store) {
        return (after, upTo) -> {
            Instant first = after.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
            if (first.isAfter(upTo) || !hasWork(store, upTo)) {
                return List.of();
            }
            long low = 0;
            long high = ChronoUnit.MINUTES.between(first, upTo);
            while (low < high) {
                long middle = (low + high) / 2;
                if (hasWork(store, first.plus(middle, ChronoUnit.MINUTES))) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            Instant at = first.plus(low, ChronoUnit.MINUTES);
            return at.isAfter(upTo) ? List.of() : List.of(at);
        };
    }

    private static boolean hasWork(IncidentStore store, Instant at) {
        return !store.due(at, 1).isEmpty();
    }
}
