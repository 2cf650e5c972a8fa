package dev.touban.domain.rotation;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Team;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is on call for a team's layer, at an instant or over a range. Everything that pages,
 * announces or reports asks this port, never a rotation directly, so overrides and swaps
 * apply everywhere at once.
 */
public interface OnCallLookup {

    Optional<Shift> onCallAt(Team team, Layer layer, Instant t);

    /** The shifts overlapping [from, to), in order. */
    List<Shift> shifts(Team team, Layer layer, Instant from, Instant to);

    /**
     * Every layer of the team that has a rotation, in {@link Layer} order, with who is on call
     * there at {@code t} (empty before its rotation starts).
     */
    default Map<Layer, Optional<Shift>> onCallAt(Team team, Instant t) {
        Map<Layer, Optional<Shift>> layers = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            if (team.rotation(layer).isPresent()) {
                layers.put(layer, onCallAt(team, layer, t));
            }
        }
        return layers;
    }
}
