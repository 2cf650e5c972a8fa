package dev.touban.slack.commands;

import dev.touban.domain.export.ExportMonth;
import dev.touban.domain.health.HealthReport;
import dev.touban.domain.health.HealthReports;
import dev.touban.domain.incident.IncidentDesk;
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
        return switch (ExportMonth.parseOrCurrent(ctx.args(), ctx.now(), ctx.team().timeZone())) {
            case ExportMonth.Parsed.Refused refused -> SlackReply.ephemeral(refused.reason() + " Try `/oncall report` or `/oncall report YYYY-MM`.");
            case ExportMonth.Parsed.Month month -> {
                HealthReport report;
                try {
                    report = new HealthReports(ctx.config(), onCall, incidents.get().facts()).report(ctx.team(), month.month(), ctx.now());
                } catch (RuntimeException e) {
                    yield SlackReply.ephemeral("I could not read " + ctx.team().name() + "'s incidents of " + month.month()
                            + " (" + e.getMessage() + "). Try again in a minute.");
                }
                yield SlackReply.ephemeral(HealthSummary.text(report, ctx.config()));
            }
        };
    }
}
