package dev.touban.domain.labor;

import java.time.LocalDate;
import java.util.List;

/** Recorded days off, for reports. */
@FunctionalInterface
public interface DayOffSource {
    /** Where none are recorded (a bench, a team without the command): none. */
    DayOffSource NONE = (teamId, from, to) -> List.of();

    /** A team's days off whose worked day lies in [from, to], by worked day. */
    List<DayOff> dayOffs(String teamId, LocalDate from, LocalDate to);
}
