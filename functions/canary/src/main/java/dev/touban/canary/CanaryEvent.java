package dev.touban.canary;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The schedule's Input: {@code {"action":"canary","scheduledTime":"<aws.scheduler.scheduled-time>"}}.
 * The scheduled time names the firing: Scheduler's and Lambda's retries of one firing carry the
 * same one, so they trigger the same canary incident (its dedup key) instead of a second.
 */
record CanaryEvent(Instant scheduledTime) {
    static final String ACTION = "canary";
    /** Scheduler gives up on a firing after MaximumEventAgeInSeconds (template.yaml); anything further off is not one. */
    static final Duration MAX_SKEW = Duration.ofHours(1);

    static CanaryEvent parse(Map<String, Object> event, Instant now) {
        if (!ACTION.equals(event.get("action"))) {
            throw new CanaryEventRejected("not a canary event: action must be \"" + ACTION + "\"");
        }
        if (!(event.get("scheduledTime") instanceof String text)) {
            throw new CanaryEventRejected("scheduledTime is missing: the schedule passes <aws.scheduler.scheduled-time>");
        }
        Instant at;
        try {
            at = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new CanaryEventRejected("scheduledTime is not an ISO-8601 instant such as 2026-12-05T07:30:00Z");
        }
        if (Duration.between(at, now).abs().compareTo(MAX_SKEW) > 0) {
            throw new CanaryEventRejected("scheduledTime " + at + " is more than " + MAX_SKEW.toMinutes() + " minutes from now (" + now + ")");
        }
        return new CanaryEvent(at);
    }

    /** The canary incident's dedup key: one per firing. */
    String dedupKey() {
        return "touban-canary-" + scheduledTime;
    }
}
