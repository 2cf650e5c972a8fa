package dev.touban.domain.handoff;

import dev.touban.domain.config.Team;
import dev.touban.domain.handoff.HandoffLedger.State;
import dev.touban.domain.rotation.Rotation;
import dev.touban.domain.rotation.RotationSchedule;
import dev.touban.domain.rotation.Shift;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a handoff sweep at {@code now} has to do, as a pure function of the roster, {@code now}
 * and what the ledger recorded. For each rotation the shift to hand off is the one
 * {@link RotationSchedule#onCallAt} puts on duty at {@code now}, never an earlier one: a sweep
 * after a long outage announces the shift on duty, not every shift it missed, and a rotation
 * no longer in the roster is no longer looked at. Shifts never claimed go before shifts an
 * earlier run left steps of, so a step that keeps failing cannot hold up a new shift; at most
 * {@code limit} are taken per sweep and the next sweep takes the rest.
 */
public final class HandoffSweep {
    private HandoffSweep() {}

    /** A rotation's shift on duty. */
    public record OnDuty(Team team, Rotation rotation, Shift shift) {
        public ShiftRef ref() {
            return new ShiftRef(team.id(), rotation.id(), shift.start(), shift.memberId());
        }
    }

    /** The sweep's work: the shifts to hand off now, in order, and how many wait for the next sweep. */
    public record Plan(List<OnDuty> handOff, int deferred) {
        public Plan {
            handOff = List.copyOf(handOff);
        }
    }

    /** Every rotation of {@code teams} with its shift on duty at {@code now} (rotations not started yet have none). */
    public static List<OnDuty> onDuty(List<Team> teams, Instant now) {
        List<OnDuty> out = new ArrayList<>();
        for (Team team : teams) {
            for (Rotation rotation : team.rotations()) {
                Optional<Shift> shift = new RotationSchedule(rotation).onCallAt(now);
                if (shift.isPresent()) {
                    out.add(new OnDuty(team, rotation, shift.get()));
                }
            }
        }
        return out;
    }

    public static Plan plan(List<OnDuty> onDuty, Map<ShiftRef, State> recorded, int limit) {
        List<OnDuty> fresh = new ArrayList<>();
        List<OnDuty> unfinished = new ArrayList<>();
        for (OnDuty d : onDuty) {
            State state = recorded.get(d.ref());
            if (state == null) {
                fresh.add(d);
            } else if (state == State.CLAIMED) {
                unfinished.add(d);
            }
        }
        List<OnDuty> all = new ArrayList<>(fresh);
        all.addAll(unfinished);
        int taken = Math.min(limit, all.size());
        return new Plan(all.subList(0, taken), all.size() - taken);
    }

    /** The instants in (after, upTo] at which a shift of {@code teams} starts: when a sweep finds work. */
    public static List<Instant> startsBetween(List<Team> teams, Instant after, Instant upTo) {
        TreeSet<Instant> starts = new TreeSet<>();
        for (Team team : teams) {
            for (Rotation rotation : team.rotations()) {
                for (Shift s : new RotationSchedule(rotation).shiftsBetween(after, upTo.plusNanos(1))) {
                    if (s.start().isAfter(after) && !s.start().isAfter(upTo)) {
                        starts.add(s.start());
                    }
                }
            }
        }
        return List.copyOf(starts);
    }
}
