package dev.touban.slack.commands;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Member;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
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
        Language lang = ctx.language();
        Instant at = ctx.now();
        String when = Messages.say(lang, Msg.WHO_NOW);
        if (!ctx.args().isBlank()) {
            try {
                LocalDate today = ctx.now().atZone(ctx.team().timeZone()).toLocalDate();
                at = DateInput.parse(ctx.args(), ctx.team().timeZone(), ctx.now(), today, lang).pointIn(ctx.team().timeZone());
                when = Messages.say(lang, Msg.WHO_WHEN, "time", TimeText.at(at, ctx.team().timeZone(), lang));
            } catch (DateInput.BadDate e) {
                return SlackReply.ephemeral(Messages.say(lang, Msg.WHO_BAD_DATE, "error", e.getMessage()));
            }
        }
        List<String> lines = new ArrayList<>();
        // One read of the overrides and swaps for every layer.
        for (Map.Entry<Layer, Optional<Shift>> layer : onCall.onCallAt(ctx.team(), at).entrySet()) {
            lines.add("• " + ChangeText.layer(layer.getKey(), lang) + ": " + (layer.getValue().isPresent()
                    ? onCall(ctx, layer.getValue().get(), lang)
                    : Messages.say(lang, Msg.WHO_NOBODY, "date", ChangeText.startDay(ctx.team().rotation(layer.getKey()).orElseThrow(), lang))));
        }
        if (lines.isEmpty()) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.NO_ROTATION, "team", ctx.team().name()));
        }
        return SlackReply.ephemeral(Messages.say(lang, Msg.WHO_HEADER, "team", ctx.team().name(), "when", when) + "\n"
                + String.join("\n", lines));
    }

    private static String onCall(CommandContext ctx, Shift shift, Language lang) {
        Optional<Member> member = ctx.config().member(shift.memberId());
        return Messages.say(lang, Msg.WHO_ON_CALL, "name", ctx.config().displayName(shift.memberId()),
                "slack", member.isPresent() ? member.get().slackUserId() : "?",
                "time", TimeText.at(shift.end(), ctx.team().timeZone(), lang),
                "replacement", ChangeText.replacement(ctx.config(), shift, lang));
    }
}
