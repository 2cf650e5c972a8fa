package dev.touban.domain.config;

import dev.touban.domain.labor.LaborPolicy;
import dev.touban.domain.labor.LaborPolicy.Expiry;
import dev.touban.domain.labor.LaborPolicy.Premiums;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code labor} block (top level for the company, or a team's own, whose fields replace
 * the company's one by one):
 * <pre>
 * labor:
 *   legalHoliday: sunday                 # the statutory day off (法定休日)
 *   premiums: { night: 25, legalHoliday: 35, legalHolidayNight: 60, ordinaryOvertime: 25 }   # percent; ordinaryOvertime optional
 *   nightHours: "22:00-05:00"
 *   compDayExpiry: endOfFollowingMonth   # or an ISO period such as P60D or P2M
 *   warnDaysBefore: 14
 * </pre>
 */
final class LaborConfigReader {
    private static final Pattern HOURS = Pattern.compile("(\\d{1,2}:\\d{2})\\s*[-–~]\\s*(\\d{1,2}:\\d{2})");
    private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(200);

    private LaborConfigReader() {}

    static LaborPolicy read(ConfigNode node, LaborPolicy base) {
        ReportingConfigReader.known(node, Set.of("legalHoliday", "premiums", "nightHours", "compDayExpiry", "warnDaysBefore"));
        DayOfWeek legal = node.has("legalHoliday") ? node.field("legalHoliday").dayOfWeek() : base.legalHoliday();
        LocalTime nightFrom = base.nightFrom();
        LocalTime nightTo = base.nightTo();
        if (node.has("nightHours")) {
            ConfigNode n = node.field("nightHours");
            Matcher m = HOURS.matcher(n.text());
            if (!m.matches()) {
                throw n.fail("'" + n.text() + "' is not a range of local times such as \"22:00-05:00\"");
            }
            try {
                nightFrom = LocalTime.parse(pad(m.group(1)));
                nightTo = LocalTime.parse(pad(m.group(2)));
            } catch (DateTimeParseException e) {
                throw n.fail("'" + n.text() + "' holds a time that does not exist; use 00:00 to 23:59");
            }
            if (nightFrom.equals(nightTo)) {
                throw n.fail("night hours must not start and end at the same time (" + nightFrom + ")");
            }
        }
        Premiums premiums = node.has("premiums") ? premiums(node.field("premiums"), base.premiums()) : base.premiums();
        Expiry expiry = node.has("compDayExpiry") ? expiry(node.field("compDayExpiry")) : base.compDayExpiry();
        int warn = node.has("warnDaysBefore") ? node.field("warnDaysBefore").wholeNumber(0, 366) : base.warnDaysBefore();
        return new LaborPolicy(legal, nightFrom, nightTo, premiums, expiry, warn);
    }

    private static Premiums premiums(ConfigNode node, Premiums base) {
        ReportingConfigReader.known(node, Set.of("ordinaryOvertime", "night", "legalHoliday", "legalHolidayNight"));
        BigDecimal ordinary = node.has("ordinaryOvertime") ? percent(node.field("ordinaryOvertime")) : base.ordinaryOvertime();
        BigDecimal night = node.has("night") ? percent(node.field("night")) : base.night();
        BigDecimal legal = node.has("legalHoliday") ? percent(node.field("legalHoliday")) : base.legalHoliday();
        BigDecimal both = node.has("legalHolidayNight") ? percent(node.field("legalHolidayNight")) : base.legalHolidayNight();
        if (both.compareTo(night) < 0 || both.compareTo(legal) < 0) {
            ConfigNode at = node.has("legalHolidayNight") ? node.field("legalHolidayNight") : node;
            throw at.fail("legalHolidayNight (" + both.toPlainString() + ") stacks the night and legal-holiday premiums and cannot be below"
                    + " either (night " + night.toPlainString() + ", legalHoliday " + legal.toPlainString() + ")");
        }
        return new Premiums(ordinary, night, legal, both);
    }

    /** A percentage from 0 to 200 with at most two decimals, written without the % sign. */
    private static BigDecimal percent(ConfigNode n) {
        String s = n.text();
        BigDecimal p;
        try {
            p = new BigDecimal(s.endsWith("%") ? s.substring(0, s.length() - 1).strip() : s);
        } catch (NumberFormatException e) {
            throw n.fail("'" + s + "' is not a percentage such as 25");
        }
        if (p.signum() < 0 || p.compareTo(MAX_PERCENT) > 0) {
            throw n.fail("'" + s + "' must be a percentage from 0 to " + MAX_PERCENT);
        }
        if (p.stripTrailingZeros().scale() > 2) {
            throw n.fail("'" + s + "' has more than two decimals");
        }
        return p;
    }

    private static Expiry expiry(ConfigNode n) {
        String s = n.text();
        if (s.equals("endOfFollowingMonth")) {
            return Expiry.END_OF_FOLLOWING_MONTH;
        }
        try {
            Period p = Period.parse(s);
            if (p.isNegative() || p.isZero() || p.toTotalMonths() * 31 + p.getDays() > 2 * 366) {
                throw n.fail("'" + s + "' must be a period above zero and at most two years");
            }
            return new Expiry(p);
        } catch (DateTimeParseException e) {
            throw n.fail("'" + s + "' is neither endOfFollowingMonth nor an ISO period such as P60D or P2M");
        }
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }
}
