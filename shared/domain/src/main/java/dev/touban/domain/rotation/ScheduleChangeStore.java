package dev.touban.domain.rotation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where overrides and swaps live. Writes are idempotent per request key: a repeated request
 * (a Slack retry) changes nothing and gets back the answer stored with the first one.
 */
public interface ScheduleChangeStore {

    /** Stores {@code change} unless a change with its id already exists. */
    AddOutcome add(ScheduleChange change, String requestKey, String answer);

    /** The team's changes with a cover overlapping [from, to), oldest first. */
    List<ScheduleChange> overlapping(String teamId, Instant from, Instant to);

    Optional<ScheduleChange> find(String teamId, String changeId);

    /** Removes {@code change}, provided it is still stored. */
    RemoveOutcome remove(ScheduleChange change, String requestKey, String answer);

    /** The answer stored with an earlier request of this key, if any. */
    Optional<String> earlierAnswer(String requestKey);

    sealed interface AddOutcome {
        record Added() implements AddOutcome {}

        record Repeated(String answer) implements AddOutcome {}

        record IdTaken() implements AddOutcome {}
    }

    sealed interface RemoveOutcome {
        record Removed() implements RemoveOutcome {}

        record Repeated(String answer) implements RemoveOutcome {}

        record Gone() implements RemoveOutcome {}
    }
}
