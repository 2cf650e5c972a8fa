package dev.touban.domain.health;

import dev.touban.domain.config.Team;
import dev.touban.domain.holiday.HolidayCalendar;
import dev.touban.domain.rotation.Shift;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Everything a health report is computed from, gathered by the caller: the team, the month,
 * its holiday calendar, each person's time zone (a person missing here is read in the team's
 * zone), every layer's shifts overlapping the month (overrides applied), the incidents
 * triggered in the month, and {@code now}.
 */
public record HealthFacts(
        Team team,
        YearMonth month,
        HolidayCalendar calendar,
        Map<String, ZoneId> zones,
        List<Shift> shifts,
        List<IncidentFact> incidents,
        Instant now) {

    public HealthFacts {
        zones = Map.copyOf(zones);
        shifts = List.copyOf(shifts);
        incidents = List.copyOf(incidents);
    }
}
