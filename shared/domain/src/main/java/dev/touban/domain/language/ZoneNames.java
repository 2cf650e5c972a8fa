package dev.touban.domain.language;

import java.time.ZonedDateTime;
import java.util.Map;

/**
 * The short name of a time zone at an instant, as CLDR's English short names give it
 * ({@code JST}, {@code PDT}), without loading CLDR: the zones below are listed by hand (a test
 * checks each against CLDR, summer and winter); any other zone reads as its offset from GMT
 * ({@code GMT+5:45}), as CLDR shows zones it has no abbreviation for.
 */
public final class ZoneNames {
    /** Standard and daylight-saving abbreviations, as CLDR's English short names. */
    public static final Map<String, String[]> ABBREVIATIONS = Map.ofEntries(
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

    private ZoneNames() {}

    /** {@code JST}, {@code PDT}, {@code GMT-3}: the zone of {@code z} at its instant. */
    public static String of(ZonedDateTime z) {
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
            out.append(':').append(minutes % 60 < 10 ? "0" : "").append(minutes % 60);
        }
        return out.toString();
    }
}
