package dev.touban.slack;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import java.time.ZoneId;

/**
 * The time zone every time in a reply is written in: the team's, the same for whoever reads it,
 * so a reply never shows one person's zone beside the team's everywhere else. For an incident
 * that is the zone of the incident's team.
 */
public final class ReplyZone {
    private ReplyZone() {}

    public static ZoneId of(OncallConfig config, String teamId, Team fallback) {
        return config.team(teamId).map(Team::timeZone).orElse(fallback.timeZone());
    }
}
