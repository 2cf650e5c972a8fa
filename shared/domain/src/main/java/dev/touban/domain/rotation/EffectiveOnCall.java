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
        Optional<Rotation> rotation = team.rotation(layer);
        Optional<Shift> base = rotation.isPresent() ? new RotationSchedule(rotation.get()).onCallAt(t) : Optional.empty();
        if (base.isEmpty()) {
            return Optional.empty();
        }
        return ChangedSchedule.onCallAt(rotation.get(), changes.overlapping(team.id(), base.get().start(), base.get().end()), t);
    }

    /** All layers with one store query, over the span of the layers' scheduled shifts at {@code t}. */
    @Override
    public Map<Layer, Optional<Shift>> onCallAt(Team team, Instant t) {
        Map<Layer, Optional<Shift>> layers = new EnumMap<>(Layer.class);
        Map<Layer, Rotation> rotations = new EnumMap<>(Layer.class);
        Instant from = null;
        Instant to = null;
        for (Layer layer : Layer.values()) {
            Optional<Rotation> rotation = team.rotation(layer);
            if (rotation.isEmpty()) {
                continue;
            }
            layers.put(layer, Optional.empty());
            Optional<Shift> shift = new RotationSchedule(rotation.get()).onCallAt(t);
            if (shift.isPresent()) {
                rotations.put(layer, rotation.get());
                from = from == null || shift.get().start().isBefore(from) ? shift.get().start() : from;
                to = to == null || shift.get().end().isAfter(to) ? shift.get().end() : to;
            }
        }
        if (rotations.isEmpty()) {
            return layers;
        }
        List<ScheduleChange> relevant = changes.overlapping(team.id(), from, to);
        for (Map.Entry<Layer, Rotation> layer : rotations.entrySet()) {
            layers.put(layer.getKey(), ChangedSchedule.onCallAt(layer.getValue(), relevant, t));
        }
        return layers;
    }

    @Override
    public List<Shift> shifts(Team team, Layer layer, Instant from, Instant to) {
        Optional<Rotation> rotation = team.rotation(layer);
        List<Shift> base = rotation.isPresent() ? new RotationSchedule(rotation.get()).shiftsBetween(from, to) : List.of();
        if (base.isEmpty()) {
            return List.of();
        }
        List<ScheduleChange> relevant = changes.overlapping(team.id(), base.getFirst().start(), base.getLast().end());
        return ChangedSchedule.shifts(rotation.get(), relevant, from, to);
    }
}
