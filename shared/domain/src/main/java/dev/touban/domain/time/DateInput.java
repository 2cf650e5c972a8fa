package dev.touban.domain.time;

import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
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
 * <li>the same days in Japanese: {@code 12月29日} (also {@code 2026年12月29日}, and with the weekday
 *     after it, {@code 12月29日(火)}), {@code 今日}, {@code 明日}, {@code 明後日}, {@code 来週}, and a
 *     weekday such as {@code 金曜} or {@code 金曜日}; full-width digits read as digits;</li>
 * <li>moments: {@code now} ({@code 今}), {@code 2026-12-29T18:00} (local), {@code 2026-12-07T10:00:00+09:00}.</li>
 * </ul>
 * Anything else is a {@link BadDate} whose message, in the reader's language, lists the forms.
 */
public final class DateInput {
    public static final String FORMS = Messages.template(Language.EN, Msg.DATE_FORMS);
    private static final Pattern JAPANESE_DAY = Pattern.compile(
            "(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日?(?:[(（][月火水木金土日](?:曜日?)?[)）])?");
    private static final String JAPANESE_WEEKDAYS = "月火水木金土日";
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
        return parse(text, zone, now, reference, Language.EN);
    }

    /** As {@link #parse(String, ZoneId, Instant, LocalDate)}, refusing in {@code language}. */
    public static When parse(String text, ZoneId zone, Instant now, LocalDate reference, Language language) throws BadDate {
        String s = text == null ? "" : halfWidthDigits(text.strip().toLowerCase(Locale.ROOT));
        LocalDate today = now.atZone(zone).toLocalDate();
        switch (s) {
            case "" -> throw bad(language, Msg.DATE_MISSING, "forms", Messages.template(language, Msg.DATE_FORMS));
            case "now", "今", "いま" -> {
                return new Moment(now, today);
            }
            case "today", "今日", "きょう", "本日" -> {
                return new Day(today);
            }
            case "tomorrow", "明日", "あした", "あす" -> {
                return new Day(today.plusDays(1));
            }
            case "明後日", "あさって" -> {
                return new Day(today.plusDays(2));
            }
            case "next week", "nextweek", "next-week", "来週" -> {
                return new Day(today.plusWeeks(1));
            }
            default -> { }
        }
        Matcher japanese = JAPANESE_DAY.matcher(s);
        if (japanese.matches()) {
            int month = Integer.parseInt(japanese.group(2));
            int day = Integer.parseInt(japanese.group(3));
            return new Day(japanese.group(1) != null
                    ? date(text, Integer.parseInt(japanese.group(1)), month, day, language)
                    : nearest(text, month, day, reference, language));
        }
        DayOfWeek weekday = weekday(s);
        if (weekday != null) {
            int ahead = (weekday.getValue() - today.getDayOfWeek().getValue() + 7) % 7;
            return new Day(today.plusDays(ahead == 0 ? 7 : ahead));
        }
        Matcher ymd = YEAR_MONTH_DAY.matcher(s);
        if (ymd.matches()) {
            return new Day(date(text, Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)), Integer.parseInt(ymd.group(3)),
                    language));
        }
        Matcher md = MONTH_DAY.matcher(s);
        if (md.matches()) {
            int month = Integer.parseInt(md.group(1));
            int day = Integer.parseInt(md.group(2));
            return new Day(nearest(text, month, day, reference, language));
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
        throw bad(language, Msg.DATE_UNREADABLE, "text", shown(text), "forms", Messages.template(language, Msg.DATE_FORMS));
    }

    private static BadDate bad(Language language, Msg key, Object... namesAndValues) {
        return new BadDate(Messages.say(language, key, namesAndValues));
    }

    private static LocalDate date(String text, int year, int month, int day, Language language) throws BadDate {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw bad(language, Msg.DATE_NOT_REAL, "text", shown(text), "reason", e.getMessage());
        }
    }

    private static LocalDate nearest(String text, int month, int day, LocalDate reference, Language language) throws BadDate {
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
            throw bad(language, Msg.DATE_NOT_REAL_MONTH_DAY, "text", shown(text));
        }
        return best;
    }

    private static DayOfWeek weekday(String s) {
        // 金曜, 金曜日 (a bare 金 is left alone: 月 alone also means month)
        if ((s.length() == 3 && s.endsWith("曜日")) || (s.length() == 2 && s.endsWith("曜"))) {
            int k = JAPANESE_WEEKDAYS.indexOf(s.charAt(0));
            if (k >= 0) {
                return DayOfWeek.of(k + 1);
            }
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.name().toLowerCase(Locale.ROOT);
            if (s.equals(name) || s.equals(name.substring(0, 3))) {
                return d;
            }
        }
        return null;
    }

    /** Full-width digits (１２月２９日, as Japanese input often types them) read as ASCII digits. */
    private static String halfWidthDigits(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                out.setCharAt(i, (char) ('0' + (c - '０')));
            }
        }
        return out == null ? s : out.toString();
    }

    private static String shown(String text) {
        String t = text.strip();
        return t.length() > 40 ? t.substring(0, 40) + "..." : t.replace('`', '\'');
    }
}
