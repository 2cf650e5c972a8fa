package dev.touban.domain.rotation;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Team;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** On call straight from the rotations in {@code oncall.yaml}, with no overrides or swaps. */
public final class ConfiguredOnCall implements OnCallLookup {

    @Override
    public Optional<Shift> onCallAt(Team team, Layer layer, Instant t) {
        return team.rotation(layer).flatMap(r -> new RotationSchedule(r).onCallAt(t));
    }

    @Override
    public List<Shift> shifts(Team team, Layer layer, Instant from, Instant to) {
        return team.rotation(layer).map(r -> new RotationSchedule(r).shiftsBetween(from, to)).orElse(List.of());
    }
}
