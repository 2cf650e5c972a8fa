package dev.touban.domain.health;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.holiday.HolidayCalendar;
import dev.touban.domain.rotation.OnCallLookup;
import dev.touban.domain.rotation.Shift;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers a team's month through the ports (shifts with overrides, incident facts) and the
 * config (holidays, people's zones), then computes the report: the one way the Slack command
 * and the HR workbook get the same figures.
 */
public final class HealthReports {
    private final OncallConfig config;
    private final OnCallLookup onCall;
    private final IncidentFacts incidents;

    public HealthReports(OncallConfig config, OnCallLookup onCall, IncidentFacts incidents) {
        this.config = config;
        this.onCall = onCall;
        this.incidents = incidents;
    }

    public HealthReport report(Team team, YearMonth month, Instant now) {
        ZoneId zone = team.timeZone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<Shift> shifts = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            shifts.addAll(onCall.shifts(team, layer, from, to));
        }
        Map<String, ZoneId> zones = new HashMap<>();
        for (Member m : config.members()) {
            zones.put(m.id(), m.timeZone());
        }
        HolidayCalendar calendar = new HolidayCalendar(team.country(), config.reporting(team.id()).holidays());
        return HealthCalculator.calculate(new HealthFacts(team, month, calendar, zones, shifts,
                incidents.triggeredBetween(team.id(), from, to), now));
    }
}
