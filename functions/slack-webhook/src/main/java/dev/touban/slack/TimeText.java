package dev.touban.slack;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How times and durations read in Slack messages: in the reader's own time zone. */
public final class TimeText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm z", Locale.ENGLISH);

    private TimeText() {}

    public static String at(Instant t, ZoneId zone) {
        return WHEN.format(t.atZone(zone));
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
