package dev.touban.slack.commands;

import static dev.touban.domain.text.SlackText.escape;

import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.incident.IncidentStore.AckOutcome;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.slack.ReplyZone;
import dev.touban.slack.IncidentGate;
import dev.touban.slack.SlackReply;
import dev.touban.slack.TimeText;
import java.util.OptionalLong;
import java.util.function.Supplier;

/** {@code /oncall ack 42}: acknowledge an incident, which stops its escalation. Whoever was first is named to the rest. */
public final class AckCommand implements SlashCommand {
    private final Supplier<IncidentDesk> desk;

    public AckCommand(Supplier<IncidentDesk> desk) {
        this.desk = desk;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        Language lang = ctx.language();
        OptionalLong number = IncidentNumber.parse(ctx.args());
        if (number.isEmpty()) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.INCIDENT_WHICH, "command", "ack"));
        }
        long n = number.getAsLong();
        if (IncidentGate.check(desk.get(), ctx.config(), ctx.member(), n) instanceof IncidentGate.Verdict.Refused refused) {
            return SlackReply.ephemeral(refused.message());
        }
        Actor who = Actor.member(ctx.member().id(), ctx.member().name(), "Slack");
        return switch (desk.get().acknowledge(n, who, ctx.now())) {
            case AckOutcome.Acknowledged a -> SlackReply.inChannel(Messages.say(ctx.channelLanguage(), Msg.ACK_DONE,
                    "slack", ctx.member().slackUserId(), "number", n, "summary", escape(a.incident().alert().summary())));
            case AckOutcome.AlreadyAcknowledged a -> SlackReply.ephemeral(Messages.say(lang, Msg.ACK_ALREADY, "number", n,
                    "name", escape(a.incident().acknowledgedBy().name()),
                    "time", TimeText.at(a.incident().acknowledgedAt(), ReplyZone.of(ctx.config(), a.incident().teamId(), ctx.team()), lang)));
            case AckOutcome.AlreadyResolved r -> SlackReply.ephemeral(Messages.say(lang, Msg.ACK_ALREADY_RESOLVED, "number", n,
                    "name", escape(r.incident().resolvedBy().name())));
            case AckOutcome.NotFound nf -> SlackReply.ephemeral(Messages.say(lang, Msg.INCIDENT_NONE, "number", n));
        };
    }
}
