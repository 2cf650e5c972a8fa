package dev.touban.slack.commands;

import static dev.touban.domain.text.SlackText.escape;

import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.incident.TimelineEntry;
import dev.touban.slack.IncidentGate;
import dev.touban.slack.SlackReply;
import dev.touban.slack.TimeText;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Supplier;

/** {@code /oncall incident 42}: what it is, its state, and its timeline (every page and its outcome). */
public final class IncidentCommand implements SlashCommand {
    static final int SHOWN = 40;

    private final Supplier<IncidentDesk> desk;

    public IncidentCommand(Supplier<IncidentDesk> desk) {
        this.desk = desk;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        OptionalLong number = IncidentNumber.parse(ctx.args());
        if (number.isEmpty()) {
            return SlackReply.ephemeral("Which incident? Send `/oncall incident <number>`, for example `/oncall incident 42`.");
        }
        Incident i;
        switch (IncidentGate.check(desk.get(), ctx.config(), ctx.member(), number.getAsLong())) {
            case IncidentGate.Verdict.Refused refused -> {
                return SlackReply.ephemeral(refused.message());
            }
            case IncidentGate.Verdict.Allowed allowed -> i = allowed.incident();
        }
        StringBuilder out = new StringBuilder("*#").append(i.number()).append("* ")
                .append(i.alert().severity().label().toUpperCase(Locale.ROOT)).append(' ').append(escape(i.alert().summary()))
                .append("\nStatus: ").append(i.status().name().toLowerCase(Locale.ROOT))
                .append(i.repeats() > 0 ? " · repeated " + i.repeats() + "×" : "")
                .append(" · source ").append(escape(i.alert().source()));
        List<TimelineEntry> timeline = desk.get().timeline(i.number());
        for (TimelineEntry e : timeline.stream().limit(SHOWN).toList()) {
            out.append("\n• ").append(TimeText.at(e.at(), ctx.team().timeZone())).append("  ").append(line(e));
        }
        if (timeline.size() > SHOWN) {
            out.append("\n…and ").append(timeline.size() - SHOWN).append(" more entries.");
        }
        return SlackReply.ephemeral(out.toString());
    }

    /** A timeline entry as inert mrkdwn: actors, targets and details come from outside (User-Agents, provider errors). */
    static String line(TimelineEntry e) {
        return escape(plainLine(e));
    }

    private static String plainLine(TimelineEntry e) {
        return switch (e.kind()) {
            case TRIGGERED -> "triggered by " + e.actor();
            case ESCALATED -> "escalated: " + e.detail();
            case PAGED -> "paged " + e.target() + " by " + e.channel();
            case PAGE_FAILED -> ":warning: " + (e.channel() == null ? "could not page " : e.channel() + " page to ") + e.target()
                    + " failed: " + e.detail();
            case ACKNOWLEDGED -> "acknowledged by " + e.actor();
            case RESOLVED -> "resolved by " + e.actor();
            case EXHAUSTED -> e.detail();
            case NOTE -> (e.actor() == null ? "" : e.actor() + " ") + e.detail();
        };
    }
}
