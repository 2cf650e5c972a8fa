package dev.touban.domain.escalation;

import dev.touban.domain.incident.TimelineEntry;
import java.time.Instant;
import java.util.List;

/**
 * Everything a step's claim writes in one transaction with the fence: the incident moves to
 * {@code nextStep} due at {@code nextStepAt} (null: nothing left), the timeline gets
 * {@code entries}, and the tier's {@code deliveries} are logged, pending.
 */
public record StepClaim(int step, int nextStep, Instant nextStepAt, List<TimelineEntry> entries, List<Delivery> deliveries) {
    /** DynamoDB's limit on the items of one transaction, less the incident itself. */
    public static final int MAX_ITEMS = 99;

    public StepClaim {
        entries = List.copyOf(entries);
        deliveries = List.copyOf(deliveries);
        if (entries.size() + deliveries.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("a step claims at most " + MAX_ITEMS + " timeline entries and deliveries, not "
                    + (entries.size() + deliveries.size()));
        }
    }
}
