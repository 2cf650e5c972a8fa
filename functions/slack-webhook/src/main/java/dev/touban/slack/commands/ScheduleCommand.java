package dev.touban.slack.commands;

import dev.touban.domain.config.Layer;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
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
        Language lang = ctx.language();
        int weeks = DEFAULT_WEEKS;
        if (!ctx.args().isBlank()) {
            String arg = ctx.args().strip();
            if (!arg.matches("[0-9]{1,3}") || Integer.parseInt(arg) < 1 || Integer.parseInt(arg) > MAX_WEEKS) {
                String shown = arg.length() > 20 ? arg.substring(0, 20) + "..." : arg;
                return SlackReply.ephemeral(Messages.say(lang, Msg.SCHEDULE_BAD_WEEKS, "text", shown.replace('`', '\''), "max", MAX_WEEKS));
            }
            weeks = Integer.parseInt(arg);
        }
        Instant to = ctx.now().plus(Duration.ofDays(7L * weeks));
        StringBuilder out = new StringBuilder(Messages.say(lang, weeks == 1 ? Msg.SCHEDULE_HEADER_ONE_WEEK : Msg.SCHEDULE_HEADER,
                "team", ctx.team().name(), "weeks", weeks));
        boolean any = false;
        for (Layer layer : Layer.values()) {
            if (ctx.team().rotation(layer).isEmpty()) {
                continue;
            }
            any = true;
            out.append("\n*").append(ChangeText.layer(layer, lang)).append("*");
            List<Shift> shifts = onCall.shifts(ctx.team(), layer, ctx.now(), to);
            if (shifts.isEmpty()) {
                out.append("\n• ").append(Messages.say(lang, Msg.SCHEDULE_NOBODY, "date", ChangeText.startDay(ctx.team().rotation(layer).get(), lang)));
            }
            for (Shift s : shifts) {
                out.append("\n• ").append(ChangeText.range(s.start(), s.end(), ctx.team().timeZone(), lang)).append("  ")
                        .append(ChangeText.person(ctx.config(), s.memberId())).append(ChangeText.replacement(ctx.config(), s, lang));
            }
        }
        if (!any) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.NO_ROTATION, "team", ctx.team().name()));
        }
        return SlackReply.ephemeral(out.toString());
    }
}
