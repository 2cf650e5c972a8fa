package dev.touban.domain.handoff;

import dev.touban.domain.attendance.AttendanceRecord;
import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Team;
import dev.touban.domain.rotation.Rotation;
import dev.touban.domain.rotation.Shift;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A handoff to announce: shift {@code starting} of {@code rotation} is on duty. {@code onNow}
 * holds who is on call for each layer now (overrides applied), {@code next} who takes over
 * after the current turn, {@code previous} the rotation's scheduled shift before this one
 * (empty for the very first) and {@code previousTurns} who actually covered this layer during
 * it (overrides and swaps applied), which is what the last shift's hours are attributed by.
 */
public record Handoff(Team team, Rotation rotation, Shift starting, Map<Layer, Shift> onNow, Optional<Shift> next,
        Optional<Shift> previous, List<Shift> previousTurns) {

    public Handoff {
        onNow = Map.copyOf(onNow);
        previousTurns = List.copyOf(previousTurns);
    }

    public ShiftRef ref() {
        return new ShiftRef(team.id(), rotation.id(), starting.start(), starting.memberId());
    }

    /** Who is on call now on this handoff's layer. */
    public Shift current() {
        return onNow.get(rotation.layer());
    }

    /**
     * The records of {@code teamAttendance} that belong to the last shift of this layer: those
     * clocked in by whoever was on call on this layer at the moment they clocked in. A
     * secondary's standby is not the primary's, and hours of people on neither layer are no
     * layer's.
     */
    public List<AttendanceRecord> lastShiftAttendance(List<AttendanceRecord> teamAttendance) {
        List<AttendanceRecord> mine = new ArrayList<>();
        for (AttendanceRecord r : teamAttendance) {
            for (Shift turn : previousTurns) {
                if (turn.memberId().equals(r.memberId()) && turn.covers(r.start())) {
                    mine.add(r);
                    break;
                }
            }
        }
        return mine;
    }
}
