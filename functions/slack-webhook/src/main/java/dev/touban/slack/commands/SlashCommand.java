package dev.touban.slack.commands;

import dev.touban.slack.SlackReply;

/** One {@code /oncall} subcommand. */
@FunctionalInterface
public interface SlashCommand {
    SlackReply run(CommandContext ctx);
}
