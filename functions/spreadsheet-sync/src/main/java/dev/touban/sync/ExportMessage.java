package dev.touban.sync;

import dev.touban.domain.compday.MonthReport;
import dev.touban.domain.compday.PersonMonth;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.health.HealthText;
import dev.touban.domain.language.Dates;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.domain.text.SlackText;
import java.util.ArrayList;
import java.util.List;

/**
 * The Slack answer to {@code /oncall export}: the link, the month's comp days per person, and
 * where everything is, in the requester's language. The notes are the report's own (English).
 */
public final class ExportMessage {
    private ExportMessage() {}

    public static String done(ExportResult result, OncallConfig config, Language lang) {
        MonthReport r = result.report();
        String month = Dates.month(r.month(), lang);
        List<String> lines = new ArrayList<>();
        lines.add(Messages.say(lang, r.partial() ? Msg.EXPORT_DONE_SO_FAR : Msg.EXPORT_DONE, "team", SlackText.escape(r.teamName()),
                "month", month, "file", "<" + result.stored().workbookLink() + "|touban-" + r.teamId() + "-" + r.month() + ".xlsx>",
                "valid", HealthText.rounded(result.stored().linkValidFor(), lang)));
        for (PersonMonth p : r.people()) {
            lines.add(Messages.say(lang, Msg.EXPORT_PERSON, "name", SlackText.escape(config.displayName(p.memberId())),
                    "days", p.compDays().stripTrailingZeros().toPlainString(), "weekend", p.weekendDays(), "holiday", p.holidayDays(),
                    "night", p.nightPages()));
        }
        lines.add(Messages.say(lang, Msg.EXPORT_FILES, "location", SlackText.escape(result.stored().location()),
                "csv", result.stored().keys().size() - 1));
        if (result.googleSheetUrl() != null) {
            lines.add(Messages.say(lang, Msg.EXPORT_SHEET, "url", result.googleSheetUrl(), "tab", r.month()));
        }
        r.notes().forEach(n -> lines.add("_" + SlackText.escape(n) + "_"));
        return String.join("\n", lines);
    }
}
