package dev.touban.local;

import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.Team;
import dev.touban.domain.handoff.HandoffSweep;
import java.util.List;

/** When the one-minute handoff sweep has work: at the instants a shift of the roster starts. */
final class HandoffWakeups {
    private HandoffWakeups() {}

    static CronSchedules.Wakeups of(String config) {
        List<Team> teams = ConfigLoader.load(config).teams();
        return (after, upTo) -> HandoffSweep.startsBetween(teams, after, upTo);
    }
}
