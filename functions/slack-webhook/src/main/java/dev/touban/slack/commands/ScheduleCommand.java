package dev.touban.slack.commands;

import dev.touban.domain.config.Layer;
import dev.touban.domain.rotation.OnCallLookup;
import dev.touban.domain.rotation.Shift;
import dev.touban.slack.ChangeText;
import dev.touban.slack.SlackReply;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** {@code /oncall schedule [weeks]}: the next shifts of each layer, overrides and swaps marked. */
public final class ScheduleCommand implements SlashCommand {
    static final int DEFAULT_WEEKS = 4;
    static final int MAX_WEEKS = 12;

    private final OnCallLookup onCall;

    public ScheduleCommand(OnCallLookup onCall) {
        this.onCall = onCall;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        int weeks = DEFAULT_WEEKS;
        if (!ctx.args().isBlank()) {
            String arg = ctx.args().strip();
            if (!arg.matches("[0-9]{1,3}") || Integer.parseInt(arg) < 1 || Integer.parseInt(arg) > MAX_WEEKS) {
                String shown = arg.length() > 20 ? arg.substring(0, 20) + "..." : arg;
                return SlackReply.ephemeral("`" + shown.replace('`', '\'') + "` is not a number of weeks from 1 to " + MAX_WEEKS
                        + ". For example `/oncall schedule 6`.");
            }
            weeks = Integer.parseInt(arg);
        }
        Instant to = ctx.now().plus(Duration.ofDays(7L * weeks));
        StringBuilder out = new StringBuilder("*" + ctx.team().name() + "* on call, the next " + weeks + " week" + (weeks == 1 ? "" : "s") + ":");
        boolean any = false;
        for (Layer layer : Layer.values()) {
            if (ctx.team().rotation(layer).isEmpty()) {
                continue;
            }
            any = true;
            out.append("\n*").append(layer.label()).append("*");
            List<Shift> shifts = onCall.shifts(ctx.team(), layer, ctx.now(), to);
            if (shifts.isEmpty()) {
                out.append("\n• nobody yet: the rotation starts ").append(ctx.team().rotation(layer).get().start());
            }
            for (Shift s : shifts) {
                out.append("\n• ").append(ChangeText.range(s.start(), s.end(), ctx.team().timeZone())).append("  ")
                        .append(ChangeText.person(ctx.config(), s.memberId())).append(ChangeText.replacement(ctx.config(), s));
            }
        }
        if (!any) {
            return SlackReply.ephemeral(ctx.team().name() + " has no rotation in oncall.yaml yet.");
        }
        return SlackReply.ephemeral(out.toString());
    }
}
