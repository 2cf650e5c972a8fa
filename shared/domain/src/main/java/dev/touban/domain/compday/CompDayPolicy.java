package dev.touban.domain.compday;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * How a team earns compensatory days off (振休), as configured under {@code compDays}.
 *
 * <ul>
 *   <li>{@code dutyDay}: each weekend day or holiday on which a member held primary duty for at
 *       least {@code dutyDayMinimum} of the day earns {@code dutyDayDays}.</li>
 *   <li>{@code clockIn} (optional): clocking in on such a day for at least {@code minimum} in
 *       total earns {@code days} more, on duty or not.</li>
 *   <li>{@code nightPages} (optional): each page triggered in [from, to) local time (the window
 *       may cross midnight) earns {@code days} for whoever acknowledged it, or the primary on
 *       duty when nobody did, up to {@code maxDaysPerMonth}.</li>
 *   <li>{@code maxDaysPerMonth} (optional) caps the month's total per person.</li>
 *   <li>A check-in counts for at most {@code checkInMaximum}; longer or still-open ones are
 *       cut there and flagged.</li>
 * </ul>
 * Amounts are non-negative with at most two decimals.
 */
public record CompDayPolicy(
        BigDecimal dutyDayDays,
        Duration dutyDayMinimum,
        ClockIn clockIn,
        NightPages nightPages,
        BigDecimal maxDaysPerMonth,
        Duration checkInMaximum) {

    public static final CompDayPolicy DEFAULT =
            new CompDayPolicy(BigDecimal.ONE, Duration.ofHours(12), null, null, null, Duration.ofHours(12));

    public CompDayPolicy {
        if (dutyDayDays.signum() < 0 || dutyDayMinimum.isNegative() || dutyDayMinimum.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("duty-day days must be >= 0 and minimum hours within a day");
        }
        if (checkInMaximum.isZero() || checkInMaximum.isNegative()) {
            throw new IllegalArgumentException("the check-in maximum must be positive");
        }
    }

    /** Clocking in on a rest day for at least {@code minimum} earns {@code days}. */
    public record ClockIn(Duration minimum, BigDecimal days) {}

    /** Pages triggered in [from, to) local time earn {@code days} each, at most {@code maxDaysPerMonth} (null: no cap). */
    public record NightPages(LocalTime from, LocalTime to, BigDecimal days, BigDecimal maxDaysPerMonth) {
        public boolean isNight(LocalTime t) {
            return from.isBefore(to) ? !t.isBefore(from) && t.isBefore(to) : !t.isBefore(from) || t.isBefore(to);
        }
    }

    /** The policy in words, for the report's header. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("Each weekend day or holiday with at least " + hours(dutyDayMinimum) + " of primary duty earns " + days(dutyDayDays) + ".");
        if (clockIn != null) {
            lines.add("Clocking in on a weekend day or holiday for at least " + hours(clockIn.minimum()) + " earns " + days(clockIn.days()) + " more.");
        }
        if (nightPages != null) {
            lines.add("Each page between " + nightPages.from() + " and " + nightPages.to() + " earns " + days(nightPages.days())
                    + (nightPages.maxDaysPerMonth() == null ? "" : ", at most " + days(nightPages.maxDaysPerMonth()) + " a month") + ".");
        }
        if (maxDaysPerMonth != null) {
            lines.add("At most " + days(maxDaysPerMonth) + " a month per person.");
        }
        lines.add("A check-in counts for at most " + hours(checkInMaximum) + "; longer or unclosed ones are cut there and flagged.");
        return lines;
    }

    static String days(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString() + (d.compareTo(BigDecimal.ONE) == 0 ? " day" : " days");
    }

    static String hours(Duration d) {
        long minutes = d.toMinutes();
        return minutes % 60 == 0 ? (minutes / 60) + " h" : (minutes / 60) + " h " + (minutes % 60) + " min";
    }
}
