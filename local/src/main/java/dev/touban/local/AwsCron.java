package dev.touban.local;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EventBridge Scheduler {@code cron(minutes hours day-of-month month day-of-week year)}
 * expression, evaluated in a time zone the way Scheduler does: wall-clock times, a time
 * skipped by a DST change fires just after it, a repeated one fires once. Supports numbers,
 * names (JAN, MON), {@code *}, {@code ?}, lists, ranges and steps; not {@code L}, {@code W} or
 * {@code #}, which Touban's schedules do not use (such an expression is refused, not misread).
 */
final class AwsCron {
    private static final Pattern CRON = Pattern.compile("cron\\((.+)\\)");
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    private final String expression;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet daysOfMonth;
    private final BitSet months;
    private final BitSet daysOfWeek; // 1 = Sunday .. 7 = Saturday, as in AWS
    private final BitSet years;
    private final boolean anyDayOfMonth;
    private final boolean anyDayOfWeek;
    private final ZoneId zone;

    private AwsCron(String expression, String[] f, ZoneId zone) {
        this.expression = expression;
        this.zone = zone;
        minutes = field(f[0], 0, 59, List.of(), "minutes");
        hours = field(f[1], 0, 23, List.of(), "hours");
        anyDayOfMonth = f[2].equals("?") || f[2].equals("*");
        anyDayOfWeek = f[4].equals("?") || f[4].equals("*");
        if (!f[2].equals("?") && !f[4].equals("?")) {
            throw new IllegalArgumentException(expression + ": one of day-of-month and day-of-week must be ?");
        }
        daysOfMonth = f[2].equals("?") ? all(1, 31) : field(f[2], 1, 31, List.of(), "day-of-month");
        months = field(f[3], 1, 12, MONTHS, "month");
        daysOfWeek = f[4].equals("?") ? all(1, 7) : field(f[4], 1, 7, DAYS, "day-of-week");
        years = field(f[5], 1970, 2199, List.of(), "year");
    }

    static AwsCron parse(String expression, ZoneId zone) {
        Matcher m = CRON.matcher(expression.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + expression + "' is not a cron(...) expression");
        }
        String[] fields = m.group(1).strip().split("\\s+");
        if (fields.length != 6) {
            throw new IllegalArgumentException(expression + ": a cron has six fields (minutes hours day-of-month month day-of-week year)");
        }
        return new AwsCron(expression, fields, zone);
    }

    /** The instants the schedule fires in (after, upTo], in order. */
    List<Instant> firingsBetween(Instant after, Instant upTo) {
        List<Instant> out = new ArrayList<>();
        LocalDate day = after.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = upTo.atZone(zone).toLocalDate().plusDays(1);
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            if (!matchesDay(day)) {
                continue;
            }
            for (int h = hours.nextSetBit(0); h >= 0; h = hours.nextSetBit(h + 1)) {
                for (int min = minutes.nextSetBit(0); min >= 0; min = minutes.nextSetBit(min + 1)) {
                    Instant t = ZonedDateTime.of(day, LocalTime.of(h, min), zone).toInstant();
                    if (t.isAfter(after) && !t.isAfter(upTo) && (out.isEmpty() || t.isAfter(out.getLast()))) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    private boolean matchesDay(LocalDate day) {
        if (!years.get(day.getYear()) || !months.get(day.getMonthValue())) {
            return false;
        }
        int awsDay = day.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : day.getDayOfWeek().getValue() + 1;
        boolean dom = daysOfMonth.get(day.getDayOfMonth());
        boolean dow = daysOfWeek.get(awsDay);
        return (anyDayOfMonth || dom) && (anyDayOfWeek || dow);
    }

    @Override
    public String toString() {
        return expression + " in " + zone;
    }

    private BitSet field(String text, int min, int max, List<String> names, String what) {
        BitSet bits = new BitSet();
        for (String part : text.toUpperCase(Locale.ROOT).split(",")) {
            if (part.replaceAll("[A-Z]{3}", "").matches(".*[LW#].*")) {
                throw new IllegalArgumentException(expression + ": " + what + " '" + part + "' uses L, W or #, which the local runner does not fire");
            }
            int step = 1;
            String range = part;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                step = number(part.substring(slash + 1), min, Integer.MAX_VALUE, List.of(), what);
                range = part.substring(0, slash);
            }
            int from;
            int to;
            if (range.equals("*") || range.equals("?")) {
                from = min;
                to = max;
            } else if (range.contains("-")) {
                String[] ends = range.split("-", 2);
                from = number(ends[0], min, max, names, what);
                to = number(ends[1], min, max, names, what);
            } else {
                from = number(range, min, max, names, what);
                to = slash >= 0 ? max : from;
            }
            for (int v = from; v <= to; v += step) {
                bits.set(v);
            }
        }
        return bits;
    }

    private int number(String text, int min, int max, List<String> names, String what) {
        int named = names.indexOf(text);
        if (named >= 0) {
            return named + 1;
        }
        try {
            int v = Integer.parseInt(text);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(expression + ": " + what + " '" + text + "' is out of range " + min + "-" + max);
    }

    private static BitSet all(int from, int to) {
        BitSet bits = new BitSet();
        bits.set(from, to + 1);
        return bits;
    }
}
