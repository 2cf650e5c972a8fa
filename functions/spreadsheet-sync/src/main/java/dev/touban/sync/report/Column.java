package dev.touban.sync.report;

/** A column of a report table: its title, how its cells are typed and formatted, and its width in characters. */
public record Column(String title, Kind kind, double width) {

    /** The cell types every output (XLSX, CSV, Google Sheets) knows how to write. */
    public enum Kind {
        TEXT,
        INTEGER,
        DECIMAL,
        DATE,
        DATETIME
    }
}
