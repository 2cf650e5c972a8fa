package dev.touban.domain.labor;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the labor-law view of the HR workbook is computed, as configured under {@code labor}
 * (company-wide, a team may give its own).
 *
 * <ul>
 *   <li>{@code legalHoliday}: the company's statutory day off (法定休日), a weekday such as Sunday.
 *       Work on it earns the legal-holiday premium; a public holiday does not, unless it is that weekday.</li>
 *   <li>{@code nightFrom}/{@code nightTo}: the night window (default 22:00 to 05:00, crossing midnight).</li>
 *   <li>{@code premiums}: percentages per bucket; the night and legal-holiday premiums stack into
 *       {@code legalHolidayNight}, which is never below either part.</li>
 *   <li>{@code compDayExpiry}: when an earned comp day lapses; {@code warnDaysBefore}: how far ahead
 *       the report lists days about to lapse.</li>
 * </ul>
 */
public record LaborPolicy(DayOfWeek legalHoliday, LocalTime nightFrom, LocalTime nightTo, Premiums premiums, Expiry compDayExpiry,
        int warnDaysBefore) {

    public static final LaborPolicy DEFAULT = new LaborPolicy(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.of(5, 0),
            Premiums.DEFAULT, Expiry.END_OF_FOLLOWING_MONTH, 14);

    public LaborPolicy {
        if (nightFrom.equals(nightTo)) {
            throw new IllegalArgumentException("the night window must not start and end at the same time");
        }
        if (warnDaysBefore < 0) {
            throw new IllegalArgumentException("warnDaysBefore cannot be negative");
        }
    }

    /** Premium percentages; {@code ordinaryOvertime} is null when not configured (then no ordinary premium is shown). */
    public record Premiums(BigDecimal ordinaryOvertime, BigDecimal night, BigDecimal legalHoliday, BigDecimal legalHolidayNight) {
        public static final Premiums DEFAULT = new Premiums(null, BigDecimal.valueOf(25), BigDecimal.valueOf(35), BigDecimal.valueOf(60));

        public Premiums {
            if (legalHolidayNight.compareTo(night) < 0 || legalHolidayNight.compareTo(legalHoliday) < 0) {
                throw new IllegalArgumentException("the legal-holiday night premium stacks both and cannot be below either");
            }
        }

        /** The percentage for a bucket, or null (ordinary work without a configured overtime premium). */
        public BigDecimal rate(WorkBucket bucket) {
            return switch (bucket) {
                case ORDINARY -> ordinaryOvertime;
                case NIGHT -> night;
                case LEGAL_HOLIDAY -> legalHoliday;
                case LEGAL_HOLIDAY_NIGHT -> legalHolidayNight;
            };
        }
    }

    /** When a comp day earned on a day lapses: at the end of the following month, or a fixed period after it. */
    public record Expiry(Period period) {
        /** The end of the month after the one the day was earned in. */
        public static final Expiry END_OF_FOLLOWING_MONTH = new Expiry(null);

        public Expiry {
            if (period != null && (period.isNegative() || period.isZero())) {
                throw new IllegalArgumentException("an expiry period must be positive");
            }
        }

        /** The last day on which a comp day earned on {@code earned} may be taken. */
        public LocalDate lastDay(LocalDate earned) {
            return period == null ? YearMonth.from(earned).plusMonths(1).atEndOfMonth() : earned.plus(period);
        }

        /** Whole months before a report month whose comp days may still be open in it. */
        public int lookbackMonths() {
            if (period == null) {
                return 1;
            }
            long days = period.toTotalMonths() * 31 + period.getDays();
            return (int) Math.min(24, days / 28 + 1);
        }

        public String describe() {
            return period == null ? "at the end of the month after the one they were earned in"
                    : period.toString().substring(1).toLowerCase(Locale.ROOT).replace("y", " years ").replace("m", " months ")
                            .replace("d", " days ").strip() + " after the day they were earned";
        }
    }

    /** Whether a local time lies in the night window [nightFrom, nightTo), which may cross midnight. */
    public boolean isNight(LocalTime t) {
        return nightFrom.isBefore(nightTo) ? !t.isBefore(nightFrom) && t.isBefore(nightTo) : !t.isBefore(nightFrom) || t.isBefore(nightTo);
    }

    /** The policy in words, for the workbook's notes. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("Legal holiday (法定休日): " + name(legalHoliday) + "; work on it earns " + pct(premiums.legalHoliday())
                + ". A public holiday on another weekday is not a legal holiday.");
        lines.add("Night work (" + nightFrom + "-" + nightTo + ", in the worker's own time zone) earns " + pct(premiums.night())
                + "; on the legal holiday both stack to " + pct(premiums.legalHolidayNight()) + ".");
        lines.add(premiums.ordinaryOvertime() == null
                ? "Ordinary call-out work is listed without a premium: overtime depends on contracted hours, which Touban does not know."
                : "Ordinary call-out work is listed at the configured overtime premium of " + pct(premiums.ordinaryOvertime())
                        + " (whether it is overtime depends on contracted hours, which Touban does not know).");
        lines.add("A 振替休日 recorded before the worked day makes it an ordinary working day (no legal-holiday premium; overtime"
                + " rules may still apply and are not computed). A 代休 granted afterwards leaves the premium owed.");
        lines.add("Comp days lapse " + compDayExpiry.describe() + "; days lapsing within " + warnDaysBefore + " days are listed.");
        return lines;
    }

    static String pct(BigDecimal p) {
        return p == null ? "-" : p.stripTrailingZeros().toPlainString() + "%";
    }

    static String name(DayOfWeek d) {
        String s = d.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
