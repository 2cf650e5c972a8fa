package dev.touban.slack.commands;

import dev.touban.domain.export.ExportMonth;
import dev.touban.domain.export.ExportRequest;
import dev.touban.domain.export.ExportRequests;
import dev.touban.slack.SlackReply;
import java.util.stream.Collectors;

/**
 * {@code /oncall export [YYYY-MM]} (team admins): starts the comp-day export of a month,
 * last month by default, and answers at once; the link arrives later through response_url.
 * Nothing is submitted unless the caller is an admin and the month is one that has begun.
 */
public final class ExportCommand implements SlashCommand {
    private final ExportRequests requests;

    public ExportCommand(ExportRequests requests) {
        this.requests = requests;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        if (!ctx.team().isAdmin(ctx.member().id())) {
            String admins = ctx.team().adminIds().stream().map(ctx.config()::displayName).collect(Collectors.joining(", "));
            return SlackReply.ephemeral("Only " + ctx.team().name() + "'s admins" + (admins.isEmpty() ? "" : " (" + admins + ")")
                    + " can export the comp-day report. Nothing was exported.");
        }
        if (ctx.form().responseUrl() == null) {
            return SlackReply.ephemeral("This request came without Slack's response_url, so the link would have nowhere to go. Nothing was exported.");
        }
        return switch (ExportMonth.parse(ctx.args(), ctx.now(), ctx.team().timeZone())) {
            case ExportMonth.Parsed.Refused refused -> SlackReply.ephemeral(refused.reason() + " Nothing was exported.");
            case ExportMonth.Parsed.Month month -> {
                try {
                    requests.submit(new ExportRequest(ctx.team().id(), month.month(), ctx.member().id(), ctx.form().responseUrl(), ctx.requestKey()));
                } catch (RuntimeException e) {
                    yield SlackReply.ephemeral("I could not start the export of " + month.month() + " (" + e.getMessage() + "). Try again in a minute.");
                }
                yield SlackReply.ephemeral(":hourglass_flowing_sand: Exporting " + ctx.team().name() + "'s comp-day report for "
                        + month.month() + ". The link to the spreadsheet follows here in a moment.");
            }
        };
    }
}
