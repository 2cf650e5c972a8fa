package dev.touban.slack.commands;

import static dev.touban.domain.text.SlackText.escape;

import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentAccess;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.slack.SlackReply;
import dev.touban.slack.TimeText;
import java.util.List;
import java.util.Locale;
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
        List<Incident> open = IncidentAccess.visibleTo(ctx.config(), ctx.member().id(), desk.get().open());
        if (open.isEmpty()) {
            return SlackReply.ephemeral(":sunny: No open incidents for your teams.");
        }
        StringBuilder out = new StringBuilder(open.size() + (open.size() == 1 ? " open incident:" : " open incidents:"));
        for (Incident i : open.stream().limit(SHOWN).toList()) {
            out.append("\n• *#").append(i.number()).append("* ").append(i.alert().severity().label().toUpperCase(Locale.ROOT)).append(' ')
                    .append(escape(i.alert().summary())).append(" · since ").append(TimeText.at(i.triggeredAt(), ctx.team().timeZone()))
                    .append(" · ").append(i.acknowledgedBy() == null ? "not acknowledged" : "acknowledged by " + escape(i.acknowledgedBy().name()));
        }
        if (open.size() > SHOWN) {
            out.append("\n…and ").append(open.size() - SHOWN).append(" more.");
        }
        return SlackReply.ephemeral(out.toString());
    }
}
