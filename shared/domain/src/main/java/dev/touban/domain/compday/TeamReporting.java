package dev.touban.domain.compday;

import dev.touban.domain.holiday.Holiday;
import java.util.List;

/**
 * What a team's monthly HR report needs from the config: its comp-day policy, the company's
 * and team's own holidays, and where (if anywhere) a Google Sheet mirrors the export.
 */
public record TeamReporting(CompDayPolicy policy, List<Holiday> holidays, GoogleSheetTarget googleSheet) {
    public static final TeamReporting DEFAULT = new TeamReporting(CompDayPolicy.DEFAULT, List.of(), null);

    public TeamReporting {
        holidays = List.copyOf(holidays);
    }

    /**
     * A Google Sheet to mirror exports into: the spreadsheet id and the name of the Secrets
     * Manager secret holding the service account's JSON key.
     */
    public record GoogleSheetTarget(String spreadsheetId, String serviceAccountSecret) {}
}
