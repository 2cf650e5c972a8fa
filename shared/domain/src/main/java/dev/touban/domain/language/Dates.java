package dev.touban.domain.language;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Dates and times as a reader of each language writes them: {@code Mon 7 Dec 10:00} in English,
 * {@code 12月7日(月) 10:00} in Japanese. Written out by hand rather than with a
 * {@code DateTimeFormatter} pattern, which loads the JDK's CLDR bundles on first use (about
 * 12 ms of a cold start); the English names are CLDR's short ones.
 */
public final class Dates {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] JAPANESE_DAYS = {"月", "火", "水", "木", "金", "土", "日"};
    private static final String JAPAN = "Asia/Tokyo";

    private Dates() {}

    /** {@code Sun 29 Nov}, {@code 11月29日(日)}. */
    public static String day(LocalDate d, Language language) {
        if (language == Language.JA) {
            return d.getMonthValue() + "月" + d.getDayOfMonth() + "日(" + JAPANESE_DAYS[d.getDayOfWeek().ordinal()] + ")";
        }
        return DAYS[d.getDayOfWeek().ordinal()] + " " + d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1];
    }

    /** {@code 2026-11} (as typed in commands), {@code 2026年11月}. */
    public static String month(YearMonth m, Language language) {
        return language == Language.JA ? m.getYear() + "年" + m.getMonthValue() + "月" : m.toString();
    }

    /** {@code Sunday}, {@code 日曜日}. */
    public static String weekday(DayOfWeek d, Language language) {
        if (language == Language.JA) {
            return JAPANESE_DAYS[d.ordinal()] + "曜日";
        }
        String s = d.name();
        return s.charAt(0) + s.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code Sun 29 Nov 18:00}, {@code 11月29日(日) 18:00}: the local date and time, no zone. */
    public static String dayAndTime(ZonedDateTime z, Language language) {
        return day(z.toLocalDate(), language) + " " + time(z);
    }

    /**
     * {@code t} in {@code zone}, the zone named: {@code Sat 28 Nov 18:00 JST} in English,
     * {@code 11月28日(土) 18:00} in Japanese, where the zone is named only when it is not Japan's
     * ({@code 12月6日(日) 17:00 PST}).
     */
    public static String at(Instant t, ZoneId zone, Language language) {
        ZonedDateTime z = t.atZone(zone);
        String local = dayAndTime(z, language);
        return language == Language.JA && zone.getId().equals(JAPAN) ? local : local + " " + ZoneNames.of(z);
    }

    /** {@code 09:05}, in both languages. */
    public static String time(ZonedDateTime z) {
        int h = z.getHour();
        int m = z.getMinute();
        return (h < 10 ? "0" : "") + h + ":" + (m < 10 ? "0" : "") + m;
    }
}
