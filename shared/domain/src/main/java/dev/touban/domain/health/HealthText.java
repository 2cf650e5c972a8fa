package dev.touban.domain.health;

import dev.touban.domain.language.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * How the health report writes times, durations and hours in its traces and summaries, by
 * hand: a DateTimeFormatter pattern would load the locale bundles on a Slack cold path.
 */
public final class HealthText {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private HealthText() {}

    /** "Sat 2026-03-07 23:30". */
    public static String local(Instant t, ZoneId zone) {
        ZonedDateTime z = t.atZone(zone);
        StringBuilder out = new StringBuilder(20).append(DAYS[z.getDayOfWeek().ordinal()]).append(' ').append(z.toLocalDate()).append(' ');
        two(out, z.getHour()).append(':');
        return two(out, z.getMinute()).toString();
    }

    /** "45 s", "3 min", "1 h 5 min", "42 min 30 s"; "-" for none. */
    public static String duration(Duration d) {
        return duration(d, Language.EN);
    }

    /** As {@link #duration(Duration)}, in {@code lang}: "1 h 5 min" in English, "1時間5分" in Japanese. */
    public static String duration(Duration d, Language lang) {
        if (d == null) {
            return "-";
        }
        boolean ja = lang == Language.JA;
        String gap = ja ? "" : " ";
        long s = d.toSeconds();
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        StringBuilder out = new StringBuilder();
        if (h > 0) {
            out.append(h).append(ja ? "時間" : " h");
        }
        if (m > 0) {
            out.append(out.isEmpty() ? "" : gap).append(m).append(ja ? "分" : " min");
        }
        if (sec > 0 || out.isEmpty()) {
            out.append(out.isEmpty() ? "" : gap).append(sec).append(ja ? "秒" : " s");
        }
        return out.toString();
    }

    /** As {@link #duration}, to the nearest minute from a minute on: "3 min", "1 h 5 min"; "-" for none. */
    public static String rounded(Duration d) {
        return rounded(d, Language.EN);
    }

    /** As {@link #rounded(Duration)}, in {@code lang}: "3分", "1時間5分", "45秒" in Japanese. */
    public static String rounded(Duration d, Language lang) {
        if (d == null || d.compareTo(Duration.ofMinutes(1)) < 0) {
            return duration(d, lang);
        }
        return duration(Duration.ofMinutes((d.toSeconds() + 30) / 60), lang);
    }

    /** Hours with two decimals: 168.00. */
    public static BigDecimal hours(Duration d) {
        return BigDecimal.valueOf(d.toSeconds()).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }

    /** Whole minutes with one decimal, for sheets: 3.5. */
    public static BigDecimal minutes(Duration d) {
        return d == null ? null : BigDecimal.valueOf(d.toSeconds()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }

    private static StringBuilder two(StringBuilder out, int n) {
        return out.append(n < 10 ? "0" : "").append(n);
    }
}
