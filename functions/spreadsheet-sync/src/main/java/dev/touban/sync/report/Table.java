package dev.touban.sync.report;

import java.util.List;

/**
 * One table of the report, written as one XLSX sheet, one CSV file and one block of the
 * Google Sheet tab. Cells are {@code String}, {@code Long}, {@code BigDecimal},
 * {@code LocalDate}, {@code LocalDateTime} (team-local) or {@code null}, matching the column kinds.
 */
public record Table(String name, String fileSuffix, List<Column> columns, List<List<Object>> rows) {
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
