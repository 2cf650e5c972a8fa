package dev.touban.domain.compday;

import dev.touban.domain.holiday.Holiday;
import dev.touban.domain.labor.LaborPolicy;
import dev.touban.domain.language.Language;
import java.util.List;

/**
 * What a team's monthly HR report needs from the config: its comp-day policy, the company's
 * and team's own holidays, where (if anywhere) a Google Sheet mirrors the export, and the
 * labor-law rules (legal holiday, premiums, comp-day expiry). {@code workbookLanguage} is the
 * language HR reads the workbook in when {@code export.language} sets it; null when it is not set
 * (see {@code OncallConfig.workbookLanguage}).
 */
public record TeamReporting(CompDayPolicy policy, List<Holiday> holidays, GoogleSheetTarget googleSheet, LaborPolicy labor,
        Language workbookLanguage) {
    public static final TeamReporting DEFAULT = new TeamReporting(CompDayPolicy.DEFAULT, List.of(), null, LaborPolicy.DEFAULT);

    public TeamReporting {
        holidays = List.copyOf(holidays);
    }

    /** With no workbook language set. */
    public TeamReporting(CompDayPolicy policy, List<Holiday> holidays, GoogleSheetTarget googleSheet, LaborPolicy labor) {
        this(policy, holidays, googleSheet, labor, null);
    }

    /** With the default labor rules. */
    public TeamReporting(CompDayPolicy policy, List<Holiday> holidays, GoogleSheetTarget googleSheet) {
        this(policy, holidays, googleSheet, LaborPolicy.DEFAULT);
    }

    /**
     * A Google Sheet to mirror exports into: the spreadsheet id and the name of the Secrets
     * Manager secret holding the service account's JSON key.
     */
    public record GoogleSheetTarget(String spreadsheetId, String serviceAccountSecret) {}
}
