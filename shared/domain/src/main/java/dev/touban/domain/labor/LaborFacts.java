package dev.touban.domain.labor;

import dev.touban.domain.compday.Award;
import dev.touban.domain.compday.MonthReport;
import dev.touban.domain.health.IncidentFact;
import dev.touban.domain.holiday.HolidayCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Everything the labor-law view of a month is computed from, gathered by the caller: the month's
 * comp-day report (its shifts, counted attendance and awards), each member's own time zone, the
 * team's incidents of the month, recorded days off around it, comp-day awards of the months whose
 * days may still be open ({@link LaborPolicy.Expiry#lookbackMonths()}), how long an unresolved
 * call-out counts at most, and {@code now}.
 */
public record LaborFacts(
        MonthReport compDays,
        HolidayCalendar calendar,
        LaborPolicy policy,
        Map<String, ZoneId> memberZones,
        List<IncidentFact> incidents,
        List<DayOff> dayOffs,
        List<Award> earlierAwards,
        Duration openCallOutMaximum,
        Instant now) {

    public LaborFacts {
        memberZones = Map.copyOf(memberZones);
        incidents = List.copyOf(incidents);
        dayOffs = List.copyOf(dayOffs);
        earlierAwards = List.copyOf(earlierAwards);
    }

    ZoneId zoneOf(String memberId) {
        return memberZones.getOrDefault(memberId, compDays.zone());
    }
}
