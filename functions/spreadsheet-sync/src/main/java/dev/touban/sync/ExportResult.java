package dev.touban.sync;

import dev.touban.domain.compday.MonthReport;
import dev.touban.sync.store.StoredExport;

/** What one export produced: the report, where its files are, and the Google Sheet tab if one was written. */
public record ExportResult(MonthReport report, StoredExport stored, String googleSheetUrl) {}
