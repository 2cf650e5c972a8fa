package dev.touban.domain.compday;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * One person's month: days with any primary duty, the weekend days and weekday holidays that
 * counted as duty days, hours clocked in, night pages credited, and the comp days earned,
 * which always equal the sum of {@code awards}.
 */
public record PersonMonth(
        String memberId,
        int dutyDays,
        int weekendDays,
        int holidayDays,
        Duration clocked,
        int nightPages,
        BigDecimal compDays,
        List<Award> awards) {

    public PersonMonth {
        awards = List.copyOf(awards);
    }
}
