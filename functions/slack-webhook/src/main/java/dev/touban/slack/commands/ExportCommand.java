package dev.touban.slack.commands;

import dev.touban.domain.export.ExportMonth;
import dev.touban.domain.export.ExportRequest;
import dev.touban.domain.export.ExportRequests;
import dev.touban.domain.language.Dates;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
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
        Language lang = ctx.language();
        if (!ctx.team().isAdmin(ctx.member().id())) {
            String admins = ctx.team().adminIds().stream().map(ctx.config()::displayName).collect(Collectors.joining(", "));
            return SlackReply.ephemeral(Messages.say(lang, Msg.EXPORT_ADMINS_ONLY, "team", ctx.team().name(),
                    "admins", admins.isEmpty() ? "" : (lang == Language.JA ? "（" + admins + "）" : " (" + admins + ")")));
        }
        if (ctx.form().responseUrl() == null) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.EXPORT_NO_RESPONSE_URL));
        }
        return switch (ExportMonth.parse(ctx.args(), ctx.now(), ctx.team().timeZone(), lang)) {
            case ExportMonth.Parsed.Refused refused -> SlackReply.ephemeral(Messages.say(lang, Msg.EXPORT_REFUSED, "reason", refused.reason()));
            case ExportMonth.Parsed.Month month -> {
                try {
                    requests.submit(new ExportRequest(ctx.team().id(), month.month(), ctx.member().id(), ctx.form().responseUrl(), ctx.requestKey()));
                } catch (RuntimeException e) {
                    yield SlackReply.ephemeral(Messages.say(lang, Msg.EXPORT_FAILED, "month", Dates.month(month.month(), lang), "error", e.getMessage()));
                }
                yield SlackReply.ephemeral(Messages.say(lang, Msg.EXPORT_STARTED, "team", ctx.team().name(), "month", Dates.month(month.month(), lang)));
            }
        };
    }
}
