package dev.touban.domain.rotation;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Team;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * On call as the team will actually see it: the rotations from {@code oncall.yaml} with the
 * overrides and swaps of {@link ScheduleChangeStore} laid on top ({@link ChangedSchedule}).
 * One store query per call, also for all of a team's layers at once.
 */
public final class EffectiveOnCall implements OnCallLookup {
    private final ScheduleChangeStore changes;

    public EffectiveOnCall(ScheduleChangeStore changes) {
        this.changes = changes;
    }

    @Override
    public Optional<Shift> onCallAt(Team team, Layer layer, Instant t) {
        return team.rotation(layer).flatMap(rotation -> new RotationSchedule(rotation).onCallAt(t).flatMap(base ->
                ChangedSchedule.onCallAt(rotation, changes.overlapping(team.id(), base.start(), base.end()), t)));
    }

    /** All layers with one store query, over the span of the layers' scheduled shifts at {@code t}. */
    @Override
    public Map<Layer, Optional<Shift>> onCallAt(Team team, Instant t) {
        Map<Layer, Optional<Shift>> layers = new EnumMap<>(Layer.class);
        Map<Layer, Shift> base = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            team.rotation(layer).ifPresent(rotation -> {
                layers.put(layer, Optional.empty());
                new RotationSchedule(rotation).onCallAt(t).ifPresent(shift -> base.put(layer, shift));
            });
        }
        if (base.isEmpty()) {
            return layers;
        }
        Instant from = base.values().stream().map(Shift::start).min(Instant::compareTo).orElseThrow();
        Instant to = base.values().stream().map(Shift::end).max(Instant::compareTo).orElseThrow();
        List<ScheduleChange> relevant = changes.overlapping(team.id(), from, to);
        base.forEach((layer, shift) -> layers.put(layer, ChangedSchedule.onCallAt(team.rotation(layer).orElseThrow(), relevant, t)));
        return layers;
    }

    @Override
    public List<Shift> shifts(Team team, Layer layer, Instant from, Instant to) {
        return team.rotation(layer).map(rotation -> {
            List<Shift> base = new RotationSchedule(rotation).shiftsBetween(from, to);
            if (base.isEmpty()) {
                return List.<Shift>of();
            }
            List<ScheduleChange> relevant = changes.overlapping(team.id(), base.getFirst().start(), base.getLast().end());
            return ChangedSchedule.shifts(rotation, relevant, from, to);
        }).orElse(List.of());
    }
}
