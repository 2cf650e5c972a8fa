package dev.touban.domain.holiday;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The name of the holiday a team has on a day, if any: its country's public holidays plus the configured ones. */
public interface TeamHolidays {

    Optional<String> holiday(Team team, LocalDate day);

    static TeamHolidays none() {
        return (team, day) -> Optional.empty();
    }

    /** Each team's {@link HolidayCalendar} as {@code oncall.yaml} defines it (country and listed holidays). */
    static TeamHolidays from(OncallConfig config) {
        Map<String, HolidayCalendar> calendars = new ConcurrentHashMap<>();
        return (team, day) -> calendars
                .computeIfAbsent(team.id(), id -> new HolidayCalendar(team.country(), config.reporting(id).holidays()))
                .holiday(day);
    }
}
