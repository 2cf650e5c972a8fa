package dev.touban.sync;

import dev.touban.domain.compday.MonthReport;
import dev.touban.domain.compday.PersonMonth;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.text.SlackText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The Slack answer to {@code /oncall export}: the link, the month's comp days per person, and where everything is. */
public final class ExportMessage {
    private ExportMessage() {}

    public static String done(ExportResult result, OncallConfig config) {
        MonthReport r = result.report();
        List<String> lines = new ArrayList<>();
        lines.add(":bar_chart: Comp-day report for *" + SlackText.escape(r.teamName()) + "*, " + r.month() + (r.partial() ? " (so far)" : "") + ": <"
                + result.stored().workbookLink() + "|" + "touban-" + r.teamId() + "-" + r.month() + ".xlsx> (link valid "
                + hours(result.stored().linkValidFor()) + ")");
        for (PersonMonth p : r.people()) {
            lines.add("• " + SlackText.escape(config.displayName(p.memberId())) + ": " + p.compDays().stripTrailingZeros().toPlainString()
                    + " comp days (" + p.weekendDays() + " weekend, " + p.holidayDays() + " holiday, " + p.nightPages() + " night pages)");
        }
        lines.add("Files: `" + SlackText.escape(result.stored().location()) + "` (XLSX and " + (result.stored().keys().size() - 1) + " CSV)");
        if (result.googleSheetUrl() != null) {
            lines.add("Google Sheet: <" + result.googleSheetUrl() + "|tab " + r.month() + ">");
        }
        r.notes().forEach(n -> lines.add("_" + SlackText.escape(n) + "_"));
        return String.join("\n", lines);
    }

    private static String hours(Duration d) {
        return d.toHours() >= 1 ? d.toHours() + " h" : d.toMinutes() + " min";
    }
}
