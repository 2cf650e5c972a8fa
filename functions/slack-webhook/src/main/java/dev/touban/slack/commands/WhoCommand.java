package dev.touban.slack.commands;

import dev.touban.domain.config.Layer;
import dev.touban.domain.rotation.OnCallLookup;
import dev.touban.slack.SlackReply;
import dev.touban.slack.TimeText;
import java.util.ArrayList;
import java.util.List;

/** {@code /oncall who}: who is on call for the caller's team now, per layer, and until when. */
public final class WhoCommand implements SlashCommand {
    private final OnCallLookup onCall;

    public WhoCommand(OnCallLookup onCall) {
        this.onCall = onCall;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        List<String> lines = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            ctx.team().rotation(layer).ifPresent(rotation -> lines.add(onCall.onCallAt(ctx.team(), layer, ctx.now())
                    .map(s -> "• " + layer.label() + ": *" + ctx.config().displayName(s.memberId()) + "* (<@"
                            + ctx.config().member(s.memberId()).map(m -> m.slackUserId()).orElse("?") + ">) until "
                            + TimeText.at(s.end(), ctx.member().timeZone()))
                    .orElse("• " + layer.label() + ": nobody yet (the rotation starts " + rotation.start() + ")")));
        }
        if (lines.isEmpty()) {
            return SlackReply.ephemeral(ctx.team().name() + " has no rotation in oncall.yaml yet.");
        }
        return SlackReply.ephemeral("On call for " + ctx.team().name() + " now:\n" + String.join("\n", lines));
    }
}
