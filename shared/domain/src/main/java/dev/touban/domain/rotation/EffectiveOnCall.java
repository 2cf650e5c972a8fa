package dev.touban.domain.rotation;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Team;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * On call as the team will actually see it: the rotations from {@code oncall.yaml} with the
 * overrides and swaps of {@link ScheduleChangeStore} laid on top ({@link ChangedSchedule}).
 * One store query per call.
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
