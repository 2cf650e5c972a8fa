package dev.touban.domain.health;

import java.time.Instant;
import java.util.List;

/**
 * One incident as the health report sees it. {@code serviceId} is null for an incident raised
 * with {@code /oncall call}. {@code acknowledgedAt} and {@code resolvedAt} are
 * null until that happened; {@code acknowledgedBy} is the member id of a roster member who
 * acknowledged (null when nobody did, or a system such as the Events API did).
 * {@code stepsPaged} counts the escalation steps that paged (1: tier 1 only; more: it
 * escalated past tier 1). {@code pages} are the successful deliveries to people, in order.
 */
public record IncidentFact(
        long number,
        String serviceId,
        String dedupKey,
        Instant triggeredAt,
        Instant acknowledgedAt,
        String acknowledgedBy,
        Instant resolvedAt,
        int stepsPaged,
        List<PageFact> pages) {

    public IncidentFact {
        pages = List.copyOf(pages);
        if (stepsPaged < 0) {
            throw new IllegalArgumentException("steps paged cannot be negative");
        }
    }

    public boolean escalatedPastTierOne() {
        return stepsPaged > 1;
    }
}
