package dev.touban.domain.escalation;

import dev.touban.domain.incident.Incident;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether an incident's due page must wait (its service is in maintenance): until when, and why
 * in words for the timeline. The escalator moves the step to {@code until} instead of paging;
 * the step then runs again and pages if the incident is still triggered and nothing holds it.
 */
@FunctionalInterface
public interface PagingHold {
    PagingHold NONE = (incident, now) -> Optional.empty();

    Optional<Held> at(Incident incident, Instant now);

    record Held(Instant until, String why) {}
}
