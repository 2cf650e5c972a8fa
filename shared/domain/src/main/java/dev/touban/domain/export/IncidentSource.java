package dev.touban.domain.export;

import java.time.Instant;
import java.util.List;

/** The incidents a team was paged for, for reports. */
@FunctionalInterface
public interface IncidentSource {
    /** Until incidents are stored, reports list none. */
    IncidentSource NONE = (teamId, from, to) -> List.of();

    /** Incidents of a team triggered in [from, to), oldest first. */
    List<IncidentSummary> incidents(String teamId, Instant from, Instant to);
}
