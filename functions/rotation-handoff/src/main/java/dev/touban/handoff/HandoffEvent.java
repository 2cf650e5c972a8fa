package dev.touban.handoff;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * What the handoff schedule delivers: {@code {"action":"sweep"}} with the Scheduler's context
 * attributes filled in ({@code scheduledTime} such as {@code 2026-12-07T01:00:00Z}). An
 * operator may narrow a run to one team, or to one rotation of it, by naming them.
 */
record HandoffEvent(Optional<String> teamId, Optional<String> rotationId, Optional<Instant> scheduledTime) {
    static final String SWEEP = "sweep";

    static HandoffEvent from(Map<String, Object> event) {
        if (!SWEEP.equals(event.get("action"))) {
            throw new HandoffEventRejected("action must be \"" + SWEEP + "\" (the handoff schedule's Input), not "
                    + shown(event.get("action")));
        }
        Optional<String> team = handle(event, "team");
        Optional<String> rotation = handle(event, "rotation");
        if (rotation.isPresent() && team.isEmpty()) {
            throw new HandoffEventRejected("rotation '" + rotation.get() + "' is named without its team");
        }
        Optional<Instant> scheduled = Optional.empty();
        Object time = event.get("scheduledTime");
        if (time != null) {
            try {
                scheduled = Optional.of(Instant.parse((String) time));
            } catch (ClassCastException | DateTimeParseException e) {
                throw new HandoffEventRejected("scheduledTime " + shown(time) + " is not an ISO-8601 instant such as 2026-12-07T01:00:00Z");
            }
        }
        return new HandoffEvent(team, rotation, scheduled);
    }

    private static Optional<String> handle(Map<String, Object> event, String field) {
        Object value = event.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String s) || !s.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new HandoffEventRejected(field + " " + shown(value) + " is not a handle from oncall.yaml");
        }
        return Optional.of(s);
    }

    private static String shown(Object value) {
        if (value == null) {
            return "missing";
        }
        String s = value instanceof String text ? "'" + text + "'" : String.valueOf(value);
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
