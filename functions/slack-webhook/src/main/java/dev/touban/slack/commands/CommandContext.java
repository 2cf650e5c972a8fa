package dev.touban.slack.commands;

import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.slack.SlashCommandForm;
import java.time.Instant;

/**
 * Everything one slash command needs: who asked, in which team, the words after the
 * subcommand, the instant (read once), and the request key that makes writes idempotent.
 */
public record CommandContext(
        OncallConfig config, Member member, Team team, String args, Instant now, String requestKey, SlashCommandForm form) {}
