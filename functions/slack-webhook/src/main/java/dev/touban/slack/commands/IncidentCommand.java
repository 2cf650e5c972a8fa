package dev.touban.slack.commands;

import static dev.touban.domain.text.SlackText.escape;
import static dev.touban.domain.text.SlackText.target;

import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.incident.TimelineEntry;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.slack.IncidentGate;
import dev.touban.slack.SlackReply;
import dev.touban.slack.TimeText;
import java.util.List;
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
        Language lang = ctx.language();
        OptionalLong number = IncidentNumber.parse(ctx.args());
        if (number.isEmpty()) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.INCIDENT_WHICH, "command", "incident"));
        }
        Incident i;
        switch (IncidentGate.check(desk.get(), ctx.config(), ctx.member(), number.getAsLong())) {
            case IncidentGate.Verdict.Refused refused -> {
                return SlackReply.ephemeral(refused.message());
            }
            case IncidentGate.Verdict.Allowed allowed -> i = allowed.incident();
        }
        StringBuilder out = new StringBuilder("*#").append(i.number()).append("* ")
                .append(i.alert().severity().shown(lang)).append(' ').append(escape(i.alert().summary())).append('\n')
                .append(Messages.say(lang, Msg.INCIDENT_STATE, "status", status(i, lang),
                        "repeated", i.repeats() > 0 ? Messages.say(lang, Msg.BOARD_REPEATED, "count", i.repeats()) : "",
                        "source", escape(i.alert().source())));
        List<TimelineEntry> timeline = desk.get().timeline(i.number());
        for (TimelineEntry e : timeline.stream().limit(SHOWN).toList()) {
            out.append("\n• ").append(TimeText.at(e.at(), ctx.team().timeZone(), lang)).append("  ").append(line(e, lang));
        }
        if (timeline.size() > SHOWN) {
            out.append('\n').append(Messages.say(lang, Msg.INCIDENT_MORE_ENTRIES, "count", timeline.size() - SHOWN));
        }
        return SlackReply.ephemeral(out.toString());
    }

    private static String status(Incident i, Language lang) {
        return Messages.say(lang, switch (i.status()) {
            case TRIGGERED -> Msg.STATUS_TRIGGERED;
            case ACKNOWLEDGED -> Msg.STATUS_ACKNOWLEDGED;
            case RESOLVED -> Msg.STATUS_RESOLVED;
        });
    }

    /**
     * A timeline entry as inert mrkdwn: actors, targets and details come from outside (User-Agents,
     * provider errors), so each is escaped before it goes into the reader's text; a paged channel
     * stays a channel mention. Details and notes
     * are stored as written (in English) and shown so.
     */
    static String line(TimelineEntry e, Language lang) {
        return switch (e.kind()) {
            case TRIGGERED -> Messages.say(lang, Msg.TIMELINE_TRIGGERED, "actor", escape(e.actor()));
            case ESCALATED -> Messages.say(lang, Msg.TIMELINE_ESCALATED, "detail", escape(e.detail()));
            case PAGED -> Messages.say(lang, Msg.TIMELINE_PAGED, "target", target(e.target()), "channel", escape(e.channel()));
            case PAGE_FAILED -> e.channel() == null
                    ? Messages.say(lang, Msg.TIMELINE_COULD_NOT_PAGE, "target", target(e.target()), "detail", escape(e.detail()))
                    : Messages.say(lang, Msg.TIMELINE_PAGE_FAILED, "channel", escape(e.channel()), "target", target(e.target()),
                            "detail", escape(e.detail()));
            case ACKNOWLEDGED -> Messages.say(lang, Msg.TIMELINE_ACKNOWLEDGED, "actor", escape(e.actor()));
            case RESOLVED -> Messages.say(lang, Msg.TIMELINE_RESOLVED, "actor", escape(e.actor()));
            case EXHAUSTED -> escape(e.detail());
            case NOTE -> escape((e.actor() == null ? "" : e.actor() + " ") + e.detail());
        };
    }
}
