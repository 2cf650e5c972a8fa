package dev.touban.slack;

import dev.touban.domain.language.Dates;
import dev.touban.domain.language.Language;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * How times and durations read in Slack messages: in the team's time zone and the reader's
 * convention, {@code Sat 28 Nov 18:00 JST} in English, {@code 11月28日(土) 18:00} in Japanese
 * (the zone named only when it is not Japan's).
 *
 * <p>Written out by hand rather than with {@code DateTimeFormatter.ofPattern("EEE d MMM HH:mm z")}:
 * that pattern loads the JDK's CLDR name and time-zone-name bundles on first use, about 12 ms of
 * every cold start that answers with a time. The zones below get the abbreviation CLDR gives them
 * in English (the test checks each against CLDR, summer and winter); any other zone reads as its
 * offset from GMT, as CLDR shows zones it has no abbreviation for.
 */
public final class TimeText {
    private static final String JAPAN = "Asia/Tokyo";
    /** Standard and daylight-saving abbreviations, as CLDR's English short names. */
    static final Map<String, String[]> ABBREVIATIONS = Map.ofEntries(
            Map.entry("Asia/Tokyo", new String[] {"JST", "JDT"}),
            Map.entry("Asia/Seoul", new String[] {"KST", "KDT"}),
            Map.entry("UTC", new String[] {"UTC", "UTC"}),
            Map.entry("Etc/UTC", new String[] {"UTC", "UTC"}),
            Map.entry("Europe/London", new String[] {"GMT", "BST"}),
            Map.entry("Europe/Dublin", new String[] {"GMT", "IST"}),
            Map.entry("Europe/Berlin", new String[] {"CET", "CEST"}),
            Map.entry("Europe/Paris", new String[] {"CET", "CEST"}),
            Map.entry("Europe/Amsterdam", new String[] {"CET", "CEST"}),
            Map.entry("Europe/Madrid", new String[] {"CET", "CEST"}),
            Map.entry("Europe/Rome", new String[] {"CET", "CEST"}),
            Map.entry("Europe/Stockholm", new String[] {"CET", "CEST"}),
            Map.entry("Europe/Warsaw", new String[] {"CET", "CEST"}),
            Map.entry("Europe/Helsinki", new String[] {"EET", "EEST"}),
            Map.entry("America/New_York", new String[] {"EST", "EDT"}),
            Map.entry("America/Toronto", new String[] {"EST", "EDT"}),
            Map.entry("America/Chicago", new String[] {"CST", "CDT"}),
            Map.entry("America/Denver", new String[] {"MST", "MDT"}),
            Map.entry("America/Phoenix", new String[] {"MST", "MST"}),
            Map.entry("America/Los_Angeles", new String[] {"PST", "PDT"}),
            Map.entry("America/Vancouver", new String[] {"PST", "PDT"}),
            Map.entry("Pacific/Honolulu", new String[] {"HST", "HST"}),
            Map.entry("Asia/Kolkata", new String[] {"IST", "IST"}),
            Map.entry("Australia/Sydney", new String[] {"AEST", "AEDT"}),
            Map.entry("Australia/Melbourne", new String[] {"AEST", "AEDT"}),
            Map.entry("Pacific/Auckland", new String[] {"NZST", "NZDT"}));

    private TimeText() {}

    /** {@code t} in {@code zone} as a reader of {@code language} writes it. */
    public static String at(Instant t, ZoneId zone, Language language) {
        if (language != Language.JA) {
            return at(t, zone);
        }
        ZonedDateTime z = t.atZone(zone);
        String local = Dates.dayAndTime(z, language);
        return zone.getId().equals(JAPAN) ? local : local + " " + zoneName(z);
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
        ZonedDateTime z = t.atZone(zone);
        return Dates.dayAndTime(z, Language.EN) + " " + zoneName(z);
    }

    /** A date as replies show it: {@code Sun 29 Nov}. */
    public static String day(LocalDate d) {
        return Dates.day(d, Language.EN);
    }

    private static String zoneName(ZonedDateTime z) {
        String[] names = ABBREVIATIONS.get(z.getZone().getId());
        if (names != null) {
            return z.getZone().getRules().isDaylightSavings(z.toInstant()) ? names[1] : names[0];
        }
        int seconds = z.getOffset().getTotalSeconds();
        if (seconds == 0) {
            return "GMT";
        }
        int minutes = Math.abs(seconds) / 60;
        StringBuilder out = new StringBuilder("GMT").append(seconds < 0 ? '-' : '+').append(minutes / 60);
        if (minutes % 60 != 0) {
            out.append(':');
            twoDigits(out, minutes % 60);
        }
        return out.toString();
    }

    private static StringBuilder twoDigits(StringBuilder out, int n) {
        return out.append(n < 10 ? "0" : "").append(n);
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
