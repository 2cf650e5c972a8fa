package dev.touban.domain.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Public holidays by country, for shading schedules and counting comp days. The real
 * calendars (Japan's from the Cabinet Office list) come later; until then there are none.
 */
public interface HolidayCalendar {

    /** The holiday's name when {@code day} is a public holiday in {@code country} (ISO 3166, may be null). */
    Optional<String> holiday(String country, LocalDate day);

    static HolidayCalendar none() {
        return (country, day) -> Optional.empty();
    }
}
