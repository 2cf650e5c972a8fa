package dev.touban.slack.commands;

import static dev.touban.domain.text.SlackText.escape;

import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.incident.IncidentStore.ResolveOutcome;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.slack.ReplyZone;
import dev.touban.slack.IncidentGate;
import dev.touban.slack.SlackReply;
import dev.touban.slack.TimeText;
import java.util.OptionalLong;
import java.util.function.Supplier;

/** {@code /oncall resolve 42}: the incident is over; a new alert with the same key opens a new one. */
public final class ResolveCommand implements SlashCommand {
    private final Supplier<IncidentDesk> desk;

    public ResolveCommand(Supplier<IncidentDesk> desk) {
        this.desk = desk;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        Language lang = ctx.language();
        OptionalLong number = IncidentNumber.parse(ctx.args());
        if (number.isEmpty()) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.INCIDENT_WHICH, "command", "resolve"));
        }
        long n = number.getAsLong();
        if (IncidentGate.check(desk.get(), ctx.config(), ctx.member(), n) instanceof IncidentGate.Verdict.Refused refused) {
            return SlackReply.ephemeral(refused.message());
        }
        Actor who = Actor.member(ctx.member().id(), ctx.member().name(), "Slack");
        return switch (desk.get().resolve(n, who, ctx.now())) {
            case ResolveOutcome.Resolved r -> SlackReply.inChannel(Messages.say(ctx.channelLanguage(), Msg.RESOLVE_DONE,
                    "slack", ctx.member().slackUserId(), "number", n, "summary", escape(r.incident().alert().summary())));
            case ResolveOutcome.AlreadyResolved r -> SlackReply.ephemeral(Messages.say(lang, Msg.RESOLVE_ALREADY, "number", n,
                    "name", escape(r.incident().resolvedBy().name()),
                    "time", TimeText.at(r.incident().resolvedAt(), ReplyZone.of(ctx.config(), r.incident().teamId(), ctx.team()), lang)));
            case ResolveOutcome.NotFound nf -> SlackReply.ephemeral(Messages.say(lang, Msg.INCIDENT_NONE, "number", n));
        };
    }
}
