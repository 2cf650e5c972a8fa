package dev.touban.slack.commands;

import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.domain.rotation.ScheduleChange;
import dev.touban.domain.rotation.ScheduleChangeStore;
import dev.touban.slack.ChangeText;
import dev.touban.slack.SlackReply;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /oncall overrides}: the team's overrides and swaps that are not over yet, with the ids
 * to cancel them by; {@code /oncall overrides remove <id>} is {@code /oncall cancel <id>}.
 */
public final class OverridesCommand implements SlashCommand {
    private static final Pattern REMOVE = Pattern.compile("(?i)(remove|cancel|delete|rm)(\\s+(.*))?");

    private final ScheduleChangeStore changes;
    private final SlashCommand cancel;

    public OverridesCommand(ScheduleChangeStore changes, SlashCommand cancel) {
        this.changes = changes;
        this.cancel = cancel;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        Matcher remove = REMOVE.matcher(ctx.args().strip());
        if (remove.matches()) {
            String id = remove.group(3) == null ? "" : remove.group(3);
            return cancel.run(new CommandContext(ctx.config(), ctx.member(), ctx.team(), id, ctx.now(), ctx.requestKey(), ctx.form()));
        }
        Language lang = ctx.language();
        if (!ctx.args().isBlank()) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.OVERRIDES_USAGE));
        }
        List<ScheduleChange> ahead = changes.overlapping(ctx.team().id(), ctx.now(), ctx.now().plus(OverrideCommand.MAX_AHEAD.plus(Duration.ofDays(100))));
        if (ahead.isEmpty()) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.OVERRIDES_NONE, "team", ctx.team().name()));
        }
        StringBuilder out = new StringBuilder(Messages.say(lang, Msg.OVERRIDES_HEADER, "team", ctx.team().name()));
        ahead.stream().sorted(java.util.Comparator.comparing(ScheduleChange::start))
                .forEach(c -> out.append("\n• ").append(ChangeText.describe(ctx.config(), c, ctx.team().timeZone(), lang)));
        out.append('\n').append(Messages.say(lang, Msg.OVERRIDES_FOOTER));
        return SlackReply.ephemeral(out.toString());
    }
}
