package dev.touban.slack.commands;

import dev.touban.domain.rotation.OnCallLookup;
import dev.touban.domain.time.DateInput;
import dev.touban.slack.ChangeText;
import dev.touban.slack.SlackReply;
import dev.touban.slack.TimeText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@code /oncall who [date]}: who is on call for the caller's team (now, or on a date), per layer, and until when. */
public final class WhoCommand implements SlashCommand {
    private final OnCallLookup onCall;

    public WhoCommand(OnCallLookup onCall) {
        this.onCall = onCall;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        Instant at = ctx.now();
        String when = "now";
        if (!ctx.args().isBlank()) {
            try {
                LocalDate today = ctx.now().atZone(ctx.team().timeZone()).toLocalDate();
                at = DateInput.parse(ctx.args(), ctx.team().timeZone(), ctx.now(), today).pointIn(ctx.team().timeZone());
                when = "on " + TimeText.at(at, ctx.member().timeZone());
            } catch (DateInput.BadDate e) {
                return SlackReply.ephemeral(e.getMessage() + " For example `/oncall who next week`.");
            }
        }
        Instant t = at;
        List<String> lines = new ArrayList<>();
        // One read of the overrides and swaps for every layer.
        onCall.onCallAt(ctx.team(), t).forEach((layer, shift) -> lines.add(shift
                .map(s -> "• " + layer.label() + ": *" + ctx.config().displayName(s.memberId()) + "* (<@"
                        + ctx.config().member(s.memberId()).map(m -> m.slackUserId()).orElse("?") + ">) until "
                        + TimeText.at(s.end(), ctx.member().timeZone()) + ChangeText.replacement(ctx.config(), s))
                .orElse("• " + layer.label() + ": nobody yet (the rotation starts "
                        + ctx.team().rotation(layer).orElseThrow().start() + ")")));
        if (lines.isEmpty()) {
            return SlackReply.ephemeral(ctx.team().name() + " has no rotation in oncall.yaml yet.");
        }
        return SlackReply.ephemeral("On call for " + ctx.team().name() + " " + when + ":\n" + String.join("\n", lines));
    }
}
