package dev.touban.domain.handoff;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Team;
import dev.touban.domain.rotation.OnCallLookup;
import dev.touban.domain.rotation.Rotation;
import dev.touban.domain.rotation.RotationSchedule;
import dev.touban.domain.rotation.Shift;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a scheduled firing at {@code t} is a handoff, as a pure function of the
 * rotation and {@code t}. The cron fires on every possible handoff day (weekly for a
 * two-week rotation, daily for a day-based one); only a firing within {@link #GRACE} after
 * a scheduled shift start is one. Who is on call comes from the {@link OnCallLookup}, so
 * overrides and swaps apply.
 */
public final class HandoffPlanner {
    /** How late a firing may be and still hand off the shift that started before it. */
    public static final Duration GRACE = Duration.ofHours(1);

    private HandoffPlanner() {}

    public static Optional<Handoff> due(Team team, Rotation rotation, Instant t, OnCallLookup onCall) {
        RotationSchedule schedule = new RotationSchedule(rotation);
        Optional<Shift> starting = schedule.onCallAt(t);
        if (starting.isEmpty() || Duration.between(starting.get().start(), t).compareTo(GRACE) > 0) {
            return Optional.empty();
        }
        Shift shift = starting.get();
        Map<Layer, Shift> onNow = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            // at the shift's own start, so a late firing still reports the handoff as it happened
            Instant at = team.rotation(layer).filter(r -> r.id().equals(rotation.id())).isPresent() ? shift.start() : t;
            onCall.onCallAt(team, layer, at).ifPresent(s -> onNow.put(layer, s));
        }
        Optional<Shift> current = Optional.ofNullable(onNow.get(rotation.layer()));
        Optional<Shift> next = current.flatMap(c -> after(team, rotation.layer(), c, onCall));
        Optional<Shift> previous = shift.index() > 0 ? Optional.of(schedule.shift(shift.index() - 1)) : Optional.empty();
        return Optional.of(new Handoff(team, rotation, shift, onNow, next, previous));
    }

    /** The first turn after {@code current} with someone else on call (looking at most two shifts ahead). */
    private static Optional<Shift> after(Team team, Layer layer, Shift current, OnCallLookup onCall) {
        Duration shiftLength = Duration.ofDays(team.rotation(layer).map(Rotation::shiftDays).orElse(7));
        List<Shift> ahead = onCall.shifts(team, layer, current.end(), current.end().plus(shiftLength.multipliedBy(2)));
        return ahead.stream().filter(s -> !s.memberId().equals(current.memberId())).findFirst()
                .or(() -> ahead.stream().findFirst());
    }
}
