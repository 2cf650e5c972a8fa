package dev.touban.slack.commands;

import static dev.touban.domain.text.SlackText.escape;

import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentAccess;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.slack.SlackReply;
import dev.touban.slack.TimeText;
import java.util.List;
import java.util.function.Supplier;

/** {@code /oncall incidents}: the open incidents of the caller's teams (and of policies that page them), oldest first. */
public final class IncidentsCommand implements SlashCommand {
    static final int SHOWN = 20;

    private final Supplier<IncidentDesk> desk;

    public IncidentsCommand(Supplier<IncidentDesk> desk) {
        this.desk = desk;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        Language lang = ctx.language();
        List<Incident> open = IncidentAccess.visibleTo(ctx.config(), ctx.member().id(), desk.get().open());
        if (open.isEmpty()) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.INCIDENTS_NONE));
        }
        StringBuilder out = new StringBuilder(Messages.say(lang, open.size() == 1 ? Msg.INCIDENTS_ONE : Msg.INCIDENTS_MANY, "count", open.size()));
        for (Incident i : open.stream().limit(SHOWN).toList()) {
            out.append("\n• ").append(Messages.say(lang, Msg.INCIDENTS_LINE, "number", i.number(), "severity", i.alert().severity().shown(lang),
                    "summary", escape(i.alert().summary()), "time", TimeText.at(i.triggeredAt(), ctx.team().timeZone(), lang),
                    "state", i.acknowledgedBy() == null ? Messages.say(lang, Msg.INCIDENTS_NOT_ACKNOWLEDGED)
                            : Messages.say(lang, Msg.INCIDENTS_ACKNOWLEDGED_BY, "name", escape(i.acknowledgedBy().name()))));
        }
        if (open.size() > SHOWN) {
            out.append('\n').append(Messages.say(lang, Msg.LIST_MORE, "count", open.size() - SHOWN));
        }
        return SlackReply.ephemeral(out.toString());
    }
}
