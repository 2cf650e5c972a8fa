package dev.touban.slack.commands;

import dev.touban.domain.rotation.ScheduleChange;
import dev.touban.domain.rotation.ScheduleChangeStore;
import dev.touban.slack.ChangeText;
import dev.touban.slack.SlackReply;
import java.time.Duration;
import java.util.List;

/** {@code /oncall overrides}: the team's overrides and swaps that are not over yet, with the ids to cancel them by. */
public final class OverridesCommand implements SlashCommand {
    private final ScheduleChangeStore changes;

    public OverridesCommand(ScheduleChangeStore changes) {
        this.changes = changes;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        if (!ctx.args().isBlank()) {
            return SlackReply.ephemeral("`/oncall overrides` takes no arguments. To remove one, use `/oncall cancel <id>`.");
        }
        List<ScheduleChange> ahead = changes.overlapping(ctx.team().id(), ctx.now(), ctx.now().plus(OverrideCommand.MAX_AHEAD.plus(Duration.ofDays(100))));
        if (ahead.isEmpty()) {
            return SlackReply.ephemeral("No overrides or swaps ahead for " + ctx.team().name()
                    + ". Admins set one with `/oncall override @user <from> <to>`; anyone can `/oncall swap @user [week]`.");
        }
        StringBuilder out = new StringBuilder("Overrides and swaps for " + ctx.team().name() + ":");
        ahead.stream().sorted(java.util.Comparator.comparing(ScheduleChange::start))
                .forEach(c -> out.append("\n• ").append(ChangeText.describe(ctx.config(), c, ctx.member().timeZone())));
        out.append("\nRemove one with `/oncall cancel <id>`.");
        return SlackReply.ephemeral(out.toString());
    }
}
