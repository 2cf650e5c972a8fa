package dev.touban.domain.health;

import java.time.Instant;
import java.util.List;

/**
 * The port the health report reads incidents through: what happened to each incident a team
 * had, and whom it paged. It reads facts only; whatever keeps them (the incident timeline
 * today, a per-incident delivery log later) may implement it.
 */
@FunctionalInterface
public interface IncidentFacts {

    /** The incidents of a team triggered in [from, to), oldest first. */
    List<IncidentFact> triggeredBetween(String teamId, Instant from, Instant to);
}
