package dev.touban.slack.commands;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Member;
import dev.touban.domain.rotation.OnCallLookup;
import dev.touban.domain.rotation.Shift;
import dev.touban.domain.time.DateInput;
import dev.touban.slack.ChangeText;
import dev.touban.slack.SlackReply;
import dev.touban.slack.TimeText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
                when = "on " + TimeText.at(at, ctx.team().timeZone());
            } catch (DateInput.BadDate e) {
                return SlackReply.ephemeral(e.getMessage() + " For example `/oncall who next week`.");
            }
        }
        List<String> lines = new ArrayList<>();
        // One read of the overrides and swaps for every layer.
        for (Map.Entry<Layer, Optional<Shift>> layer : onCall.onCallAt(ctx.team(), at).entrySet()) {
            lines.add("• " + layer.getKey().label() + ": " + (layer.getValue().isPresent()
                    ? onCall(ctx, layer.getValue().get())
                    : "nobody yet (the rotation starts " + ctx.team().rotation(layer.getKey()).orElseThrow().start() + ")"));
        }
        if (lines.isEmpty()) {
            return SlackReply.ephemeral(ctx.team().name() + " has no rotation in oncall.yaml yet.");
        }
        return SlackReply.ephemeral("On call for " + ctx.team().name() + " " + when + ":\n" + String.join("\n", lines));
    }

    private static String onCall(CommandContext ctx, Shift shift) {
        Optional<Member> member = ctx.config().member(shift.memberId());
        return "*" + ctx.config().displayName(shift.memberId()) + "* (<@" + (member.isPresent() ? member.get().slackUserId() : "?")
                + ">) until " + TimeText.at(shift.end(), ctx.team().timeZone()) + ChangeText.replacement(ctx.config(), shift);
    }
}
