package dev.touban.domain.holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Japan's public holidays under the national holidays act (国民の祝日に関する法律) as in force
 * since 2020, for 2020 to 2099.
 *
 * <p>The 16 national holidays (国民の祝日), plus the two kinds of 休日 the act adds: a
 * national holiday on a Sunday moves to the nearest following day that is not itself a
 * national holiday (振替休日, article 3(2)), and a day that is not a national holiday but lies
 * between two of them is a day off (国民の休日, article 3(3)).
 *
 * <p>The equinox days are not fixed by the act: the National Astronomical Observatory
 * publishes them every February for the following year. They are computed here with the
 * usual approximation of the equinox instant, which agrees with every published date so far
 * (tests hold the Cabinet Office's list for 2024 to 2027); years after the last published
 * one are a forecast until the Observatory publishes them.
 */
public final class JapaneseHolidays {
    public static final int FIRST_YEAR = 2020;
    public static final int LAST_YEAR = 2099;
    public static final String SUBSTITUTE = "休日（振替休日）";
    public static final String CITIZENS = "休日（国民の休日）";

    private static final Map<Integer, List<Holiday>> CACHE = new ConcurrentHashMap<>();

    private JapaneseHolidays() {}

    /** The year's holidays in date order. */
    public static List<Holiday> of(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("Japanese holidays are known here for " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
        }
        return CACHE.computeIfAbsent(year, JapaneseHolidays::compute);
    }

    private static List<Holiday> compute(int year) {
        TreeMap<LocalDate, String> national = nationalHolidays(year);
        TreeMap<LocalDate, String> all = new TreeMap<>(national);
        for (LocalDate day : national.keySet()) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate next = day.plusDays(1);
                while (national.containsKey(next)) {
                    next = next.plusDays(1);
                }
                all.put(next, SUBSTITUTE);
            }
        }
        for (LocalDate day : national.keySet()) {
            LocalDate between = day.plusDays(2);
            LocalDate middle = day.plusDays(1);
            if (national.containsKey(between) && !all.containsKey(middle)) {
                all.put(middle, CITIZENS);
            }
        }
        List<Holiday> holidays = new ArrayList<>();
        all.forEach((d, name) -> {
            if (d.getYear() == year) {
                holidays.add(new Holiday(d, name));
            }
        });
        return List.copyOf(holidays);
    }

    private static TreeMap<LocalDate, String> nationalHolidays(int year) {
        TreeMap<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), "元日");
        days.put(nthMonday(year, Month.JANUARY, 2), "成人の日");
        days.put(LocalDate.of(year, 2, 11), "建国記念の日");
        days.put(LocalDate.of(year, 2, 23), "天皇誕生日");
        days.put(LocalDate.of(year, 3, vernalEquinoxDay(year)), "春分の日");
        days.put(LocalDate.of(year, 4, 29), "昭和の日");
        days.put(LocalDate.of(year, 5, 3), "憲法記念日");
        days.put(LocalDate.of(year, 5, 4), "みどりの日");
        days.put(LocalDate.of(year, 5, 5), "こどもの日");
        days.put(LocalDate.of(year, 9, autumnalEquinoxDay(year)), "秋分の日");
        days.put(LocalDate.of(year, 11, 3), "文化の日");
        days.put(LocalDate.of(year, 11, 23), "勤労感謝の日");
        // The Tokyo Olympics moved three holidays in 2020 and 2021 (special measures acts).
        switch (year) {
            case 2020 -> {
                days.put(LocalDate.of(2020, 7, 23), "海の日");
                days.put(LocalDate.of(2020, 7, 24), "スポーツの日");
                days.put(LocalDate.of(2020, 8, 10), "山の日");
            }
            case 2021 -> {
                days.put(LocalDate.of(2021, 7, 22), "海の日");
                days.put(LocalDate.of(2021, 7, 23), "スポーツの日");
                days.put(LocalDate.of(2021, 8, 8), "山の日");
            }
            default -> {
                days.put(nthMonday(year, Month.JULY, 3), "海の日");
                days.put(LocalDate.of(year, 8, 11), "山の日");
                days.put(nthMonday(year, Month.OCTOBER, 2), "スポーツの日");
            }
        }
        days.put(nthMonday(year, Month.SEPTEMBER, 3), "敬老の日");
        return days;
    }

    /** Day of March of the vernal equinox (JST), by the approximation valid for 1980 to 2099. */
    static int vernalEquinoxDay(int year) {
        return (int) Math.floor(20.8431 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }

    /** Day of September of the autumnal equinox (JST), by the approximation valid for 1980 to 2099. */
    static int autumnalEquinoxDay(int year) {
        return (int) Math.floor(23.2488 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }
}
