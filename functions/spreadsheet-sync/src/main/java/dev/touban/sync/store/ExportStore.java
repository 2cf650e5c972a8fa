package dev.touban.sync.store;

import java.time.YearMonth;
import java.util.List;

/** Keeps each team's monthly export; storing a month again replaces that month's files. */
public interface ExportStore {
    StoredExport replace(String teamId, YearMonth month, List<ExportFile> files, String workbookName);
}
