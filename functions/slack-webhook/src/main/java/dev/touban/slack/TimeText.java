package dev.touban.slack;

import dev.touban.domain.language.Dates;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.ZoneNames;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * How times and durations read in Slack messages: in the team's time zone and the reader's
 * convention, {@code Sat 28 Nov 18:00 JST} in English, {@code 11月28日(土) 18:00} in Japanese
 * (the zone named only when it is not Japan's).
 *
 * <p>Written out by hand rather than with {@code DateTimeFormatter.ofPattern("EEE d MMM HH:mm z")}:
 * that pattern loads the JDK's CLDR name and time-zone-name bundles on first use, about 12 ms of
 * every cold start that answers with a time. The zones below get the abbreviation CLDR gives them
 * in English ({@link ZoneNames}; the test checks each against CLDR, summer and winter); any
 * other zone reads as its offset from GMT, as CLDR shows zones it has no abbreviation for.
 */
public final class TimeText {
    /** Standard and daylight-saving abbreviations, as CLDR's English short names (kept in {@link ZoneNames}). */
    static final Map<String, String[]> ABBREVIATIONS = ZoneNames.ABBREVIATIONS;

    private TimeText() {}

    /** {@code t} in {@code zone} as a reader of {@code language} writes it. */
    public static String at(Instant t, ZoneId zone, Language language) {
        return Dates.at(t, zone, language);
    }

    /** A date as replies show it: {@code Sun 29 Nov}, {@code 11月29日(日)}. */
    public static String day(LocalDate d, Language language) {
        return Dates.day(d, language);
    }

    /** A length of time: {@code 1d 2h 5m}, {@code 1日2時間5分}. */
    public static String length(Duration d, Language language) {
        if (language != Language.JA) {
            return length(d);
        }
        long minutes = Math.max(0, d.toMinutes());
        long days = minutes / (24 * 60);
        long hours = (minutes / 60) % 24;
        StringBuilder out = new StringBuilder();
        if (days > 0) {
            out.append(days).append("日");
        }
        if (days > 0 || hours > 0) {
            out.append(hours).append("時間");
        }
        return out.append(minutes % 60).append("分").toString();
    }

    public static String at(Instant t, ZoneId zone) {
        return Dates.at(t, zone, Language.EN);
    }

    /** A date as replies show it: {@code Sun 29 Nov}. */
    public static String day(LocalDate d) {
        return Dates.day(d, Language.EN);
    }

    public static String length(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        long days = minutes / (24 * 60);
        long hours = (minutes / 60) % 24;
        long mins = minutes % 60;
        StringBuilder out = new StringBuilder();
        if (days > 0) {
            out.append(days).append("d ");
        }
        if (days > 0 || hours > 0) {
            out.append(hours).append("h ");
        }
        return out.append(mins).append("m").toString();
    }
}
