package dev.touban.handoff;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * What EventBridge Scheduler delivers: the schedule's Input from template.yaml with its
 * context attributes filled in ({@code scheduledTime} such as {@code 2026-12-07T01:00:00Z}).
 */
record HandoffEvent(String teamId, String rotationId, Optional<Instant> scheduledTime, String executionId) {

    /** The event cannot be handed off; the message says which field and why. */
    static final class Rejected extends Exception {
        Rejected(String message) {
            super(message);
        }
    }

    static HandoffEvent from(Map<String, Object> event) throws Rejected {
        String team = text(event, "team");
        String rotation = text(event, "rotation");
        Optional<Instant> scheduled = Optional.empty();
        Object time = event.get("scheduledTime");
        if (time != null) {
            if (!(time instanceof String s) || s.isBlank()) {
                throw new Rejected("scheduledTime must be an ISO-8601 instant such as 2026-12-07T01:00:00Z");
            }
            try {
                scheduled = Optional.of(Instant.parse(s));
            } catch (DateTimeParseException e) {
                throw new Rejected("scheduledTime '" + shown(s) + "' is not an ISO-8601 instant such as 2026-12-07T01:00:00Z");
            }
        }
        Object execution = event.get("executionId");
        return new HandoffEvent(team, rotation, scheduled, execution instanceof String e ? e : "");
    }

    private static String text(Map<String, Object> event, String field) throws Rejected {
        Object value = event.get(field);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new Rejected(field + " is missing: the schedule's Input names the team and the rotation");
        }
        if (!s.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new Rejected(field + " '" + shown(s) + "' is not a handle from oncall.yaml");
        }
        return s;
    }

    private static String shown(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
