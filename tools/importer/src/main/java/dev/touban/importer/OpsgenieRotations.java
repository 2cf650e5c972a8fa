package dev.touban.importer;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What Touban can keep of an Opsgenie schedule's rotations. Opsgenie has every rotation of a
 * schedule on call at once (a participant of each); a Touban rotation is one person around
 * the clock. The rotation kept is the first without a time restriction (else the first);
 * the others are written down as not mapped. Turns run from {@code startDate} in
 * {@code type} units of {@code length}; daily and weekly turns keep their local handoff time
 * across DST, as Touban's do.
 */
final class OpsgenieRotations {
    private OpsgenieRotations() {}

    static Source.Rotation rotation(List<JsonIn> rotations, ZoneId zone, Map<String, String> idOfUsername, List<String> notes) {
        if (rotations.isEmpty()) {
            notes.add("Not mapped: the schedule has no rotations (download schedules with ?expand=rotation).");
            return null;
        }
        int chosen = -1;
        for (int i = 0; i < rotations.size() && chosen < 0; i++) {
            if (!rotations.get(i).has("timeRestriction")) {
                chosen = i;
            }
        }
        if (chosen < 0) {
            chosen = 0;
            notes.add("Not mapped: " + name(rotations.get(0)) + " is " + restriction(rotations.get(0).field("timeRestriction"))
                    + "; Touban's rotation is on call around the clock, so outside those hours it has someone where Opsgenie has nobody.");
        }
        JsonIn r = rotations.get(chosen);
        if (rotations.size() > 1) {
            notes.add("Kept: " + name(r) + ".");
        }
        for (int i = 0; i < rotations.size(); i++) {
            if (i != chosen) {
                JsonIn other = rotations.get(i);
                notes.add("Not mapped: " + name(other) + (other.has("timeRestriction") ? ", " + restriction(other.field("timeRestriction")) : "")
                        + ", on call at the same time as " + name(r) + " in Opsgenie; a Touban rotation has one person at a time.");
            }
        }
        return turns(r, zone, idOfUsername, notes);
    }

    private static Source.Rotation turns(JsonIn r, ZoneId zone, Map<String, String> idOfUsername, List<String> notes) {
        List<String> own = new ArrayList<>();
        List<String> people = new ArrayList<>();
        for (JsonIn p : r.field("participants").list()) {
            String type = p.text("type");
            String id = "user".equals(type) ? OpsgenieReader.userId(p, idOfUsername) : null;
            if (id != null) {
                people.add(id);
            } else if ("none".equals(type)) {
                own.add("Not mapped: a turn with nobody on call (participant \"none\"); Touban's turns always have someone,"
                        + " so the others' turns come round sooner.");
            } else {
                own.add("Not mapped: participant " + type + (p.has("name") ? " \"" + p.text("name") + "\"" : "")
                        + "; Touban's rotations take people.");
            }
        }
        long length = Math.max(1, r.number("length", 1));
        String type = r.text("type");
        int days = switch (type) {
            case "weekly" -> (int) Math.min(3650, 7 * length);
            case "daily" -> (int) Math.min(3650, length);
            case "hourly" -> {
                int d = (int) Math.max(1, Math.min(3650, Math.round(length / 24.0)));
                if (length % 24 != 0) {
                    own.add("Not mapped exactly: turns of " + length + " h; Touban's shifts are whole days, so each is " + d
                            + (d == 1 ? " day" : " days") + " here.");
                }
                yield d;
            }
            default -> throw r.field("type").fail("'" + type + "' is not daily, weekly or hourly");
        };
        LocalDateTime first = r.time("startDate").atZoneSameInstant(zone).toLocalDateTime();
        if (first.getSecond() != 0 || first.getNano() != 0) {
            first = first.truncatedTo(ChronoUnit.MINUTES);
            own.add("The handoff is rounded down to the minute.");
        }
        if (r.has("endDate")) {
            own.add("Not mapped: Opsgenie ends this rotation at " + r.text("endDate") + "; a Touban rotation does not end.");
        }
        if (people.isEmpty()) {
            notes.addAll(own);
            notes.add("Not mapped: " + name(r) + " has no users.");
            return null;
        }
        return new Source.Rotation(people, days, first, own);
    }

    /** A time restriction in words. */
    static String restriction(JsonIn t) {
        if ("time-of-day".equals(t.optionalText("type"))) {
            JsonIn r = t.field("restriction");
            return "restricted to " + hm(r, "start") + "-" + hm(r, "end") + " every day";
        }
        List<String> parts = new ArrayList<>();
        for (JsonIn r : t.list("restrictions")) {
            parts.add(r.text("startDay") + " " + hm(r, "start") + " to " + r.text("endDay") + " " + hm(r, "end"));
        }
        return "restricted to " + String.join(", ", parts);
    }

    private static String hm(JsonIn r, String prefix) {
        return String.format("%02d:%02d", r.number(prefix + "Hour", 0), r.number(prefix + "Min", 0));
    }


    private static String name(JsonIn r) {
        return r.optionalText("name") == null ? "a rotation" : "rotation \"" + r.text("name") + "\"";
    }
}
