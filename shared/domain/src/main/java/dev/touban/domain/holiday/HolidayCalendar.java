package dev.touban.domain.holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A team's calendar of days off: the public holidays of its country (built in for JP) plus
 * the company's and the team's own holidays from {@code oncall.yaml}. Saturdays and Sundays
 * are always weekend days; a holiday that falls on a weekend is still a weekend day, so no
 * date counts twice.
 */
public final class HolidayCalendar {
    /** Countries whose public holidays are computed here; others list theirs in the config. */
    public static final List<String> BUILT_IN = List.of("JP");

    private final String country;
    private final TreeMap<LocalDate, String> configured = new TreeMap<>();
    private final Map<Integer, Map<LocalDate, String>> publicByYear = new java.util.concurrent.ConcurrentHashMap<>();

    public HolidayCalendar(String country, List<Holiday> configuredHolidays) {
        this.country = country == null ? null : country.toUpperCase(Locale.ROOT);
        for (Holiday h : configuredHolidays) {
            configured.merge(h.date(), h.name(), (a, b) -> a + " / " + b);
        }
    }

    public static boolean builtIn(String country) {
        return country != null && BUILT_IN.contains(country.toUpperCase(Locale.ROOT));
    }

    /** The holiday's name on {@code day}, if it is one (public or configured). */
    public Optional<String> holiday(LocalDate day) {
        String publicName = null;
        if ("JP".equals(country)) {
            publicName = publicByYear.computeIfAbsent(day.getYear(), y -> {
                Map<LocalDate, String> names = new java.util.HashMap<>();
                JapaneseHolidays.of(y).forEach(h -> names.put(h.date(), h.name()));
                return names;
            }).get(day);
        }
        String own = configured.get(day);
        if (publicName != null && own != null) {
            return Optional.of(publicName + " / " + own);
        }
        return Optional.ofNullable(publicName != null ? publicName : own);
    }

    public DayKind kind(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return DayKind.WEEKEND;
        }
        return holiday(day).isPresent() ? DayKind.HOLIDAY : DayKind.WORKDAY;
    }

    /** Every holiday (public and configured) in [from, to], in date order. */
    public List<Holiday> between(LocalDate from, LocalDate to) {
        Map<LocalDate, String> names = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            LocalDate day = d;
            holiday(day).ifPresent(n -> names.put(day, n));
        }
        List<Holiday> out = new ArrayList<>();
        names.forEach((d, n) -> out.add(new Holiday(d, n)));
        return out;
    }

    /** Whether the public holidays of this calendar's country are built in, or come only from the config. */
    public boolean hasBuiltInPublicHolidays() {
        return builtIn(country);
    }

    public String country() {
        return country;
    }
}
