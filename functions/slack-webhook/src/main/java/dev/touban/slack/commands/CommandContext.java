package dev.touban.slack.commands;

import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.language.Language;
import dev.touban.slack.SlashCommandForm;
import java.time.Instant;

/**
 * Everything one slash command needs: who asked, in which team, the words after the
 * subcommand, the instant (read once), and the request key that makes writes idempotent.
 */
public record CommandContext(
        OncallConfig config, Member member, Team team, String args, Instant now, String requestKey, SlashCommandForm form) {

    /** The language of answers only the caller reads: their own, else their team's. */
    public Language language() {
        return config.language(member);
    }

    /** The language of answers the team's channel reads. */
    public Language channelLanguage() {
        return team.language();
    }
}
