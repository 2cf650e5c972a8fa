package dev.touban.domain.rotation;

import dev.touban.domain.config.Layer;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A change to a team's rotation stored at run time: an override or a swap. Each is a list of
 * covers on one layer; {@link #end()} is when its last cover ends, after which it changes nothing.
 */
public sealed interface ScheduleChange permits OnCallOverride, ShiftSwap {

    String id();

    String teamId();

    Layer layer();

    /** Member id of whoever made the change. */
    String createdBy();

    Instant createdAt();

    List<Cover> covers();

    ChangeKind kind();

    /** Whether the member takes part (covers or is covered) in this change. */
    boolean involves(String memberId);

    default Instant start() {
        return covers().stream().map(Cover::from).min(Comparator.naturalOrder()).orElseThrow();
    }

    default Instant end() {
        return covers().stream().map(Cover::to).max(Comparator.naturalOrder()).orElseThrow();
    }

    default boolean overlaps(Instant from, Instant to) {
        return covers().stream().anyMatch(c -> c.from().isBefore(to) && from.isBefore(c.to()));
    }
}
