package dev.touban.slack.commands;

import static dev.touban.domain.text.SlackText.escape;

import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.incident.IncidentStore.ResolveOutcome;
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
        OptionalLong number = IncidentNumber.parse(ctx.args());
        if (number.isEmpty()) {
            return SlackReply.ephemeral("Which incident? Send `/oncall resolve <number>`, for example `/oncall resolve 42`.");
        }
        long n = number.getAsLong();
        if (IncidentGate.check(desk.get(), ctx.config(), ctx.member(), n) instanceof IncidentGate.Verdict.Refused refused) {
            return SlackReply.ephemeral(refused.message());
        }
        Actor who = Actor.member(ctx.member().id(), ctx.member().name(), "Slack");
        return switch (desk.get().resolve(n, who, ctx.now())) {
            case ResolveOutcome.Resolved r -> SlackReply.inChannel(":white_check_mark: <@" + ctx.member().slackUserId() + "> resolved *#" + n + "* "
                    + escape(r.incident().alert().summary()) + "; updating the board.");
            case ResolveOutcome.AlreadyResolved r -> SlackReply.ephemeral("#" + n + " was already resolved by " + escape(r.incident().resolvedBy().name())
                    + " at " + TimeText.at(r.incident().resolvedAt(), ReplyZone.of(ctx.config(), r.incident().teamId(), ctx.team())) + ".");
            case ResolveOutcome.NotFound nf -> SlackReply.ephemeral("There is no incident #" + n + ".");
        };
    }
}
