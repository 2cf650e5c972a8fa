package dev.touban.domain.handoff;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Team;
import dev.touban.domain.rotation.Rotation;
import dev.touban.domain.rotation.Shift;
import java.util.Map;
import java.util.Optional;

/**
 * A handoff that is due: shift {@code starting} of {@code rotation} has just begun.
 * {@code onNow} holds who is on call for each layer at its start (overrides applied),
 * {@code next} who takes over after the current turn, {@code previous} the rotation's
 * scheduled shift that just ended (empty for the very first).
 */
public record Handoff(Team team, Rotation rotation, Shift starting, Map<Layer, Shift> onNow, Optional<Shift> next,
        Optional<Shift> previous) {

    public Handoff {
        onNow = Map.copyOf(onNow);
    }

    /** The key a shift is recorded under: one handoff per rotation and shift number. */
    public String shiftKey() {
        return rotation.id() + "#" + starting.index();
    }
}
