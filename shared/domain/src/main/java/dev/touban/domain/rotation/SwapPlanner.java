package dev.touban.domain.rotation;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Team;
import java.time.Instant;
import java.util.Optional;

/**
 * Chooses the two scheduled shifts a swap exchanges. The first member's shift is the one
 * that covers {@code at} (or, without {@code at}, their current or next shift); the second
 * member's is their scheduled shift nearest to it that has not ended. Both ranges start no
 * earlier than {@code now}: a swap never rewrites who was on call in the past.
 */
public final class SwapPlanner {

    public sealed interface Plan {
        record Planned(ShiftSwap swap) implements Plan {}

        record Refused(Reason reason, String memberId, Shift shift) implements Plan {}
    }

    /** Why no swap could be planned; {@code memberId} and {@code shift} of the refusal say more where they apply. */
    public enum Reason {
        NO_ROTATION,
        SAME_MEMBER,
        NOT_IN_ROTATION,
        NOT_ON_SHIFT_THEN,
        SHIFT_OVER,
        NO_SHIFT_FOR_OTHER
    }

    private SwapPlanner() {}

    public static Plan plan(Team team, Layer layer, String firstMemberId, String secondMemberId, Optional<Instant> at,
            Instant now, String changeId, String createdBy) {
        Optional<Rotation> found = team.rotation(layer);
        if (found.isEmpty()) {
            return new Plan.Refused(Reason.NO_ROTATION, null, null);
        }
        if (firstMemberId.equals(secondMemberId)) {
            return new Plan.Refused(Reason.SAME_MEMBER, firstMemberId, null);
        }
        Rotation rotation = found.get();
        for (String member : new String[] {firstMemberId, secondMemberId}) {
            if (!rotation.memberIds().contains(member)) {
                return new Plan.Refused(Reason.NOT_IN_ROTATION, member, null);
            }
        }
        RotationSchedule schedule = new RotationSchedule(rotation);
        long current = schedule.onCallAt(now).map(Shift::index).orElse(0L);
        Shift first;
        if (at.isPresent()) {
            Optional<Shift> then = schedule.onCallAt(at.get());
            Shift next = nextOf(schedule, firstMemberId, Math.max(current, then.map(Shift::index).orElse(0L)));
            if (then.isEmpty() || !then.get().memberId().equals(firstMemberId)) {
                return new Plan.Refused(Reason.NOT_ON_SHIFT_THEN, firstMemberId, next);
            }
            first = then.get();
            if (!first.end().isAfter(now)) {
                return new Plan.Refused(Reason.SHIFT_OVER, firstMemberId, first);
            }
        } else {
            first = nextOf(schedule, firstMemberId, current);
        }
        Shift second = nearest(schedule, secondMemberId, first.index(), current, rotation.memberIds().size());
        if (second == null) {
            return new Plan.Refused(Reason.NO_SHIFT_FOR_OTHER, secondMemberId, null);
        }
        ShiftSwap swap = new ShiftSwap(changeId, team.id(), layer,
                firstMemberId, later(first.start(), now), first.end(),
                secondMemberId, later(second.start(), now), second.end(),
                createdBy, now);
        return new Plan.Planned(swap);
    }

    private static Shift nextOf(RotationSchedule schedule, String memberId, long from) {
        int size = schedule.rotation().memberIds().size();
        for (long n = from; n < from + size; n++) {
            Shift s = schedule.shift(n);
            if (s.memberId().equals(memberId)) {
                return s;
            }
        }
        throw new IllegalStateException(memberId + " is in the rotation but has no shift within one cycle");
    }

    /** The member's shift closest to shift {@code index}, not before the current shift {@code current}. */
    private static Shift nearest(RotationSchedule schedule, String memberId, long index, long current, int cycle) {
        for (int d = 1; d <= cycle; d++) {
            Shift after = schedule.shift(index + d);
            if (after.memberId().equals(memberId)) {
                return after;
            }
            long before = index - d;
            if (before >= current && before >= 0 && schedule.shift(before).memberId().equals(memberId)) {
                return schedule.shift(before);
            }
        }
        return null;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
