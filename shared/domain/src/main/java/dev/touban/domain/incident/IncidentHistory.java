package dev.touban.domain.incident;

import java.time.Instant;
import java.util.List;

/** The incidents a team had, for handoff reports. Incidents come with alert intake; until then there are none. */
public interface IncidentHistory {

    /** Incidents of the team opened in [from, to), oldest first. */
    List<IncidentSummary> openedBetween(String teamId, Instant from, Instant to);

    /** The history before incidents are recorded anywhere: always empty. */
    static IncidentHistory none() {
        return (teamId, from, to) -> List.of();
    }
}
