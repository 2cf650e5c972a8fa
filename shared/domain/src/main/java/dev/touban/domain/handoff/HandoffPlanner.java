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
 * What a handoff announces, from the rotation, the shift on duty and {@code now}. Who is on
 * call comes from the {@link OnCallLookup} at {@code now}, so overrides and swaps apply and a
 * handoff made late (after an outage) moves {@code @oncall} to whoever is on call by then.
 */
public final class HandoffPlanner {
    private HandoffPlanner() {}

    public static Handoff handoff(Team team, Rotation rotation, Shift shift, Instant now, OnCallLookup onCall) {
        Map<Layer, Shift> onNow = new EnumMap<>(Layer.class);
        onCall.onCallAt(team, now).forEach((layer, s) -> s.ifPresent(on -> onNow.put(layer, on)));
        Optional<Shift> current = Optional.ofNullable(onNow.get(rotation.layer()));
        Optional<Shift> next = current.flatMap(c -> after(team, rotation.layer(), c, onCall));
        Optional<Shift> previous = shift.index() > 0
                ? Optional.of(new RotationSchedule(rotation).shift(shift.index() - 1)) : Optional.empty();
        List<Shift> turns = previous.map(p -> onCall.shifts(team, rotation.layer(), p.start(), p.end())).orElse(List.of());
        return new Handoff(team, rotation, shift, onNow, next, previous, turns);
    }

    /** The first turn after {@code current} with someone else on call (looking at most two shifts ahead). */
    private static Optional<Shift> after(Team team, Layer layer, Shift current, OnCallLookup onCall) {
        Duration shiftLength = Duration.ofDays(team.rotation(layer).map(Rotation::shiftDays).orElse(7));
        List<Shift> ahead = onCall.shifts(team, layer, current.end(), current.end().plus(shiftLength.multipliedBy(2)));
        return ahead.stream().filter(s -> !s.memberId().equals(current.memberId())).findFirst()
                .or(() -> ahead.stream().findFirst());
    }
}
