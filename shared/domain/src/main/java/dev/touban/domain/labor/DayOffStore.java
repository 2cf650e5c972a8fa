package dev.touban.domain.labor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where recorded days off live. Writes are idempotent per request key, as attendance is. */
public interface DayOffStore {

    /** Stores {@code dayOff} unless the member already has one for that worked day. */
    Outcome record(DayOff dayOff, String requestKey, String answer);

    /** The answer stored with an earlier request of this key, if any. */
    Optional<String> earlierAnswer(String requestKey);

    /** A team's days off whose worked day lies in [from, to], by worked day. */
    List<DayOff> dayOffs(String teamId, LocalDate from, LocalDate to);

    sealed interface Outcome {
        record Recorded() implements Outcome {}

        record AlreadyRecorded(DayOff existing) implements Outcome {}

        record Repeated(String answer) implements Outcome {}
    }
}
