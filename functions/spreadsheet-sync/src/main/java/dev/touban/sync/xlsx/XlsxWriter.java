package dev.touban.sync.xlsx;

import dev.touban.domain.text.CellText;
import dev.touban.sync.report.Column;
import dev.touban.sync.report.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the tables as one XLSX workbook, a sheet each, streaming: rows are flushed to the
 * output in batches, so memory stays flat however long a month is. Dates are real dates
 * (formatted yyyy-mm-dd, yyyy-mm-dd hh:mm), numbers real numbers, the header row frozen.
 */
public final class XlsxWriter {
    static final int FLUSH_EVERY = 1000;

    private XlsxWriter() {}

    public static void write(List<Table> tables, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Touban", "1.0");
        for (Table table : tables) {
            sheet(wb.newWorksheet(table.name()), table);
        }
        wb.finish();
    }

    private static void sheet(Worksheet ws, Table table) throws IOException {
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            ws.width(c, columns.get(c).width());
            ws.value(0, c, columns.get(c).title());
        }
        ws.range(0, 0, 0, columns.size() - 1).style().bold().fillColor("DDEBF7").set();
        ws.freezePane(0, 1);
        // Printed or saved as PDF, each sheet is one page wide, landscape, so no column lands on another page.
        ws.pageOrientation("landscape");
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        int r = 1;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                cell(ws, r, c, row.get(c));
            }
            if (r % FLUSH_EVERY == 0) {
                ws.flush();
            }
            r++;
        }
        ws.finish();
    }

    private static void cell(Worksheet ws, int r, int c, Object value) {
        switch (value) {
            case null -> { }
            case String s -> ws.value(r, c, CellText.defuse(s));
            case LocalDate d -> {
                ws.value(r, c, d);
                ws.style(r, c).format("yyyy-mm-dd").set();
            }
            case LocalDateTime t -> {
                ws.value(r, c, t);
                ws.style(r, c).format("yyyy-mm-dd hh:mm").set();
            }
            case BigDecimal d -> {
                ws.value(r, c, d);
                ws.style(r, c).format("0.00").set();
            }
            case Number n -> ws.value(r, c, n);
            default -> ws.value(r, c, CellText.defuse(value.toString()));
        }
    }
}
