package dev.touban.domain.attendance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where clock-ins and finished attendance live. Writes are idempotent per request key:
 * a repeated request (a Slack retry) changes nothing and gets back the answer stored with
 * the first one.
 */
public interface AttendanceStore {

    /** Opens {@code checkIn} unless the member already has an open one. */
    ClockInOutcome clockIn(CheckIn checkIn, String requestKey, String answer);

    Optional<CheckIn> openCheckIn(String memberId);

    /** Closes {@code open} into {@code record}, provided {@code open} is still the member's open check-in. */
    ClockOutOutcome clockOut(CheckIn open, AttendanceRecord record, String requestKey, String answer);

    /** The answer stored with an earlier request of this key, if any. */
    Optional<String> earlierAnswer(String requestKey);

    /** Finished attendance of a team whose start lies in [from, to), oldest first. */
    List<AttendanceRecord> attendance(String teamId, Instant from, Instant to);

    sealed interface ClockInOutcome {
        record Opened() implements ClockInOutcome {}

        record AlreadyOpen(CheckIn existing) implements ClockInOutcome {}

        record Repeated(String answer) implements ClockInOutcome {}
    }

    sealed interface ClockOutOutcome {
        record Closed() implements ClockOutOutcome {}

        record NotOpen() implements ClockOutOutcome {}

        record Repeated(String answer) implements ClockOutOutcome {}
    }
}
