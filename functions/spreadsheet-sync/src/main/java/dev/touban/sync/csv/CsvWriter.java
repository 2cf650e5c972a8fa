package dev.touban.sync.csv;

import dev.touban.domain.text.CellText;
import dev.touban.sync.report.Table;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a table as RFC 4180 CSV in UTF-8 with a byte-order mark, so Excel opens Japanese
 * names correctly, and CRLF line ends. Text that a spreadsheet would run as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}) is prefixed with an apostrophe.
 */
public final class CsvWriter {
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private CsvWriter() {}

    public static void write(Table table, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        line(w, table.columns().stream().map(c -> (Object) c.title()).toList());
        for (List<Object> row : table.rows()) {
            line(w, row);
        }
        w.flush();
    }

    private static void line(Writer w, List<Object> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String field(Object cell) {
        String s = switch (cell) {
            case null -> "";
            case BigDecimal d -> d.toPlainString();
            case LocalDateTime t -> DATETIME.format(t);
            case String text -> CellText.defuse(text);
            default -> cell.toString();
        };
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
