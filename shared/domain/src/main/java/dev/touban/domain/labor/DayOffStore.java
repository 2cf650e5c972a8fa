package dev.touban.domain.labor;

import java.util.Optional;

/** Where recorded days off live. Writes are idempotent per request key, as attendance is. */
public interface DayOffStore extends DayOffSource {

    /** Stores {@code dayOff} unless the member already has one for that worked day. */
    Outcome record(DayOff dayOff, String requestKey, String answer);

    /** The answer stored with an earlier request of this key, if any. */
    Optional<String> earlierAnswer(String requestKey);

    sealed interface Outcome {
        record Recorded() implements Outcome {}

        record AlreadyRecorded(DayOff existing) implements Outcome {}

        record Repeated(String answer) implements Outcome {}
    }
}
