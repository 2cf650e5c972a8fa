package dev.touban.importer;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What Touban can keep of a PagerDuty schedule's layers. PagerDuty shows one person at a time:
 * where layers overlap the higher layer wins, and a restricted layer leaves its gaps to the
 * layers below. A Touban rotation is one layer around the clock, so the rotation is the
 * highest layer without restrictions: it hides every layer below it, and each restricted
 * layer above it is written down as not mapped (in its hours PagerDuty would have shown its
 * own person). The API lists a schedule's layers with the one that takes precedence first
 * (the reverse of the order a POST takes them in).
 *
 * <p>Turns are counted as PagerDuty counts them from {@code rotation_virtual_start}; a turn
 * that is a whole number of days keeps its local handoff time across DST, as Touban's does.
 */
final class PagerDutyLayers {
    private static final long DAY = 86_400;
    private static final long WEEK = 7 * DAY;

    private PagerDutyLayers() {}

    static Source.Rotation rotation(List<JsonIn> layers, ZoneId zone, List<String> notes) {
        if (layers.isEmpty()) {
            notes.add("Not mapped: the schedule has no layers.");
            return null;
        }
        int chosen = -1;
        for (int i = 0; i < layers.size() && chosen < 0; i++) {
            if (restriction(layers.get(i)) == null) {
                chosen = i;
            }
        }
        if (chosen < 0) {
            chosen = 0;
            notes.add("Every layer is restricted; the rotation is " + name(layers.get(0)) + " around the clock. Not mapped: its "
                    + restriction(layers.get(0)) + ".");
        }
        JsonIn layer = layers.get(chosen);
        for (int i = 0; i < layers.size(); i++) {
            if (i < chosen) {
                notes.add("Not mapped: " + name(layers.get(i)) + " (" + restriction(layers.get(i)) + ") takes precedence in its hours in"
                        + " PagerDuty; there Touban has " + name(layer) + "'s person on call. Set those hours with /oncall override.");
            } else if (i > chosen) {
                notes.add("Not mapped: " + name(layers.get(i)) + " lies under " + name(layer) + ", which is on call around the clock,"
                        + " so PagerDuty never shows it.");
            }
        }
        if (layers.size() > 2) {
            notes.add("PagerDuty has " + layers.size() + " layers here; a Touban rotation is one.");
        }
        return turns(layer, zone, notes);
    }

    private static Source.Rotation turns(JsonIn layer, ZoneId zone, List<String> notes) {
        List<String> people = new ArrayList<>();
        for (JsonIn u : layer.field("users").list()) {
            people.add(u.field("user").text("id"));
        }
        long seconds = layer.field("rotation_turn_length_seconds").number();
        if (seconds <= 0) {
            throw layer.field("rotation_turn_length_seconds").fail("must be positive");
        }
        int days = (int) Math.max(1, Math.min(3650, Math.round(seconds / (double) DAY)));
        List<String> own = new ArrayList<>();
        if (seconds % DAY != 0) {
            own.add("Not mapped exactly: turns of " + hours(seconds) + "; Touban's shifts are whole days, so each is "
                    + days + (days == 1 ? " day" : " days") + " here.");
        }
        OffsetDateTime virtualStart = layer.time("rotation_virtual_start");
        LocalDateTime first = virtualStart.atZoneSameInstant(zone).toLocalDateTime();
        if (first.getSecond() != 0 || first.getNano() != 0) {
            first = first.truncatedTo(ChronoUnit.MINUTES);
            own.add("The handoff is rounded down to the minute.");
        }
        if (layer.has("start")) {
            OffsetDateTime start = layer.time("start");
            if (Duration.between(virtualStart, start).getSeconds() >= seconds) {
                own.add("PagerDuty starts this layer at " + start + "; Touban counts the same turns from " + virtualStart
                        + " and has them on call from then.");
            }
        }
        if (layer.has("end")) {
            own.add("Not mapped: PagerDuty ends this layer at " + layer.text("end") + "; a Touban rotation does not end.");
        }
        if (people.isEmpty()) {
            notes.add("Not mapped: " + name(layer) + " has no users.");
            return null;
        }
        return new Source.Rotation(people, days, first, own);
    }

    /** The layer's restrictions in words, or null when it has none (or they cover every hour). */
    static String restriction(JsonIn layer) {
        List<String> parts = new ArrayList<>();
        List<String> days = new ArrayList<>();
        String span = null;
        boolean sameSpan = true;
        for (JsonIn r : layer.list("restrictions")) {
            long duration = r.field("duration_seconds").number();
            String type = r.text("type");
            String from = r.text("start_time_of_day");
            if ("daily_restriction".equals(type)) {
                if (duration >= DAY) {
                    continue;
                }
                parts.add("daily from " + from.substring(0, Math.min(5, from.length())) + " for " + hours(duration));
            } else {
                if (duration >= WEEK) {
                    continue;
                }
                int day = (int) r.number("start_day_of_week", 1);
                String weekday = day >= 1 && day <= 7 ? DayOfWeek.of(day).name().toLowerCase(Locale.ROOT) : "day " + day;
                String thisSpan = from.substring(0, Math.min(5, from.length())) + " for " + hours(duration);
                sameSpan &= span == null || span.equals(thisSpan);
                span = thisSpan;
                days.add(weekday);
                parts.add("weekly from " + weekday + " " + thisSpan);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        // Five weekdays from 09:00 for 8 h read as one line, not five.
        return parts.size() == days.size() && sameSpan && days.size() > 1
                ? "restricted to " + String.join(", ", days) + " from " + span
                : "restricted to " + String.join(", ", parts);
    }


    private static String name(JsonIn layer) {
        String name = layer.optionalText("name");
        return name == null ? "a layer" : "layer \"" + name + "\"";
    }

    private static String hours(long seconds) {
        return seconds % 3600 == 0 ? seconds / 3600 + " h" : seconds / 60 + " min";
    }
}
