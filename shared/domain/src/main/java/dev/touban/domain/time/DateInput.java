package dev.touban.domain.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates people type in Slack, in the team's time zone. A {@link When} is either a
 * whole day or a moment:
 * <ul>
 * <li>days: {@code 2026-12-29}, {@code 2026/12/29}, {@code 12/29} (month/day: the 29 December
 *     nearest to the reference day), {@code today}, {@code tomorrow}, a weekday name such as
 *     {@code friday} or {@code fri} (the next one after today), {@code next week} (seven days on);</li>
 * <li>moments: {@code now}, {@code 2026-12-29T18:00} (local), {@code 2026-12-07T10:00:00+09:00}.</li>
 * </ul>
 * Anything else is a {@link BadDate} whose message lists the forms above.
 */
public final class DateInput {
    public static final String FORMS = "`2026-12-29`, `12/29`, `today`, `tomorrow`, `friday`, `next week`, "
            + "`now` or `2026-12-29T18:00`";
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})");
    private static final LocalTime MIDDAY = LocalTime.NOON;

    private DateInput() {}

    /** A typed date or time; {@code day} is the local date it falls on. */
    public sealed interface When {
        LocalDate day();

        /** The instant to look at when asking who is on call then: a day's midday, or the moment itself. */
        Instant pointIn(ZoneId zone);

        /** Where a range given with this as its start begins: a day's first instant, or the moment. */
        Instant startIn(ZoneId zone);

        /** Where a range given with this as its end stops: a day counts whole (up to the next midnight), a moment as is. */
        Instant endIn(ZoneId zone);
    }

    public record Day(LocalDate day) implements When {
        @Override
        public Instant pointIn(ZoneId zone) {
            return ZonedDateTime.of(day, MIDDAY, zone).toInstant();
        }

        @Override
        public Instant startIn(ZoneId zone) {
            return day.atStartOfDay(zone).toInstant();
        }

        @Override
        public Instant endIn(ZoneId zone) {
            return day.plusDays(1).atStartOfDay(zone).toInstant();
        }
    }

    public record Moment(Instant instant, LocalDate day) implements When {
        @Override
        public Instant pointIn(ZoneId zone) {
            return instant;
        }

        @Override
        public Instant startIn(ZoneId zone) {
            return instant;
        }

        @Override
        public Instant endIn(ZoneId zone) {
            return instant;
        }
    }

    /** The text is no date this class reads; the message says what was typed and which forms work. */
    public static final class BadDate extends Exception {
        public BadDate(String message) {
            super(message);
        }
    }

    /**
     * Reads {@code text} in {@code zone} at {@code now}. A month/day without a year is the
     * occurrence nearest to {@code reference} (pass today for a single date, the start day for
     * the end of a range, so that {@code 12/29 1/3} spans the new year).
     */
    public static When parse(String text, ZoneId zone, Instant now, LocalDate reference) throws BadDate {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        LocalDate today = now.atZone(zone).toLocalDate();
        switch (s) {
            case "" -> throw new BadDate("Give a date: " + FORMS + ".");
            case "now" -> {
                return new Moment(now, today);
            }
            case "today" -> {
                return new Day(today);
            }
            case "tomorrow" -> {
                return new Day(today.plusDays(1));
            }
            case "next week", "nextweek", "next-week" -> {
                return new Day(today.plusWeeks(1));
            }
            default -> { }
        }
        DayOfWeek weekday = weekday(s);
        if (weekday != null) {
            int ahead = (weekday.getValue() - today.getDayOfWeek().getValue() + 7) % 7;
            return new Day(today.plusDays(ahead == 0 ? 7 : ahead));
        }
        Matcher ymd = YEAR_MONTH_DAY.matcher(s);
        if (ymd.matches()) {
            return new Day(date(text, Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)), Integer.parseInt(ymd.group(3))));
        }
        Matcher md = MONTH_DAY.matcher(s);
        if (md.matches()) {
            int month = Integer.parseInt(md.group(1));
            int day = Integer.parseInt(md.group(2));
            return new Day(nearest(text, month, day, reference));
        }
        if (s.contains("t")) {
            try {
                OffsetDateTime odt = OffsetDateTime.parse(text.strip());
                return new Moment(odt.toInstant(), odt.atZoneSameInstant(zone).toLocalDate());
            } catch (DateTimeParseException ignored) {
                // not with an offset; try local below
            }
            try {
                LocalDateTime ldt = LocalDateTime.parse(text.strip().toUpperCase(Locale.ROOT));
                return new Moment(ldt.atZone(zone).toInstant(), ldt.toLocalDate());
            } catch (DateTimeParseException ignored) {
                // reported below
            }
        }
        throw new BadDate("`" + shown(text) + "` is not a date I can read. Use " + FORMS + ".");
    }

    private static LocalDate date(String text, int year, int month, int day) throws BadDate {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new BadDate("`" + shown(text) + "` is not a real date (" + e.getMessage() + ").");
        }
    }

    private static LocalDate nearest(String text, int month, int day, LocalDate reference) throws BadDate {
        LocalDate best = null;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            LocalDate candidate;
            try {
                candidate = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                continue; // 2/29 exists in leap years only
            }
            if (best == null || Math.abs(ChronoUnit.DAYS.between(reference, candidate))
                    < Math.abs(ChronoUnit.DAYS.between(reference, best))) {
                best = candidate;
            }
        }
        if (best == null) {
            throw new BadDate("`" + shown(text) + "` is not a real date: month/day, such as 12/29.");
        }
        return best;
    }

    private static DayOfWeek weekday(String s) {
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.name().toLowerCase(Locale.ROOT);
            if (s.equals(name) || s.equals(name.substring(0, 3))) {
                return d;
            }
        }
        return null;
    }

    private static String shown(String text) {
        String t = text.strip();
        return t.length() > 40 ? t.substring(0, 40) + "..." : t.replace('`', '\'');
    }
}
