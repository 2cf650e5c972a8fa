package dev.touban.slack.commands;

import dev.touban.domain.export.ExportMonth;
import dev.touban.domain.health.HealthReport;
import dev.touban.domain.health.HealthReports;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.language.Dates;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.domain.rotation.OnCallLookup;
import dev.touban.slack.HealthSummary;
import dev.touban.slack.SlackReply;
import java.util.function.Supplier;

/**
 * {@code /oncall report [YYYY-MM]}: the on-call health of the caller's team for a month (this
 * month so far by default), answered to the caller only. It reads and writes nothing else; a
 * month that is not one (or has not begun) is refused with the reason.
 */
public final class ReportCommand implements SlashCommand {
    private final Supplier<IncidentDesk> incidents;
    private final OnCallLookup onCall;

    public ReportCommand(Supplier<IncidentDesk> incidents, OnCallLookup onCall) {
        this.incidents = incidents;
        this.onCall = onCall;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        Language lang = ctx.language();
        return switch (ExportMonth.parseOrCurrent(ctx.args(), ctx.now(), ctx.team().timeZone(), lang)) {
            case ExportMonth.Parsed.Refused refused -> SlackReply.ephemeral(Messages.say(lang, Msg.REPORT_REFUSED, "reason", refused.reason()));
            case ExportMonth.Parsed.Month month -> {
                HealthReport report;
                try {
                    report = new HealthReports(ctx.config(), onCall, incidents.get().facts()).report(ctx.team(), month.month(), ctx.now());
                } catch (RuntimeException e) {
                    yield SlackReply.ephemeral(Messages.say(lang, Msg.REPORT_UNREADABLE, "team", ctx.team().name(), "month", Dates.month(month.month(), lang),
                            "error", e.getMessage()));
                }
                yield SlackReply.ephemeral(HealthSummary.text(report, ctx.config(), lang));
            }
        };
    }
}
