package dev.touban.slack.commands;

import static dev.touban.domain.text.SlackText.escape;

import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.incident.IncidentStore.AckOutcome;
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
        OptionalLong number = IncidentNumber.parse(ctx.args());
        if (number.isEmpty()) {
            return SlackReply.ephemeral("Which incident? Send `/oncall ack <number>`, for example `/oncall ack 42`.");
        }
        long n = number.getAsLong();
        if (IncidentGate.check(desk.get(), ctx.config(), ctx.member(), n) instanceof IncidentGate.Verdict.Refused refused) {
            return SlackReply.ephemeral(refused.message());
        }
        Actor who = Actor.member(ctx.member().id(), ctx.member().name(), "Slack");
        return switch (desk.get().acknowledge(n, who, ctx.now())) {
            case AckOutcome.Acknowledged a -> SlackReply.inChannel(":eyes: <@" + ctx.member().slackUserId() + "> acknowledged *#" + n + "* "
                    + escape(a.incident().alert().summary()) + ". Escalation stopped; updating the board.");
            case AckOutcome.AlreadyAcknowledged a -> SlackReply.ephemeral("#" + n + " was already acknowledged by "
                    + escape(a.incident().acknowledgedBy().name()) + " at "
                    + TimeText.at(a.incident().acknowledgedAt(), ReplyZone.of(ctx.config(), a.incident().teamId(), ctx.team())) + ".");
            case AckOutcome.AlreadyResolved r -> SlackReply.ephemeral("#" + n + " is already resolved (by " + escape(r.incident().resolvedBy().name()) + ").");
            case AckOutcome.NotFound nf -> SlackReply.ephemeral("There is no incident #" + n + ".");
        };
    }
}
