package dev.touban.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.sync.csv.CsvWriter;
import dev.touban.sync.report.Column;
import dev.touban.sync.report.Table;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void write_startsWithABom_quotesWhatNeedsIt_andDefusesFormulas() throws Exception {
        Table table = new Table("T", "t", List.of(new Column("名前", Column.Kind.TEXT, 10), new Column("When", Column.Kind.DATETIME, 10),
                new Column("Day", Column.Kind.DATE, 10), new Column("Days", Column.Kind.DECIMAL, 10)), List.of(
                Arrays.asList("佐藤, \"Alice\"", LocalDateTime.of(2026, 11, 21, 2, 13), LocalDate.of(2026, 11, 21), new BigDecimal("0.50")),
                Arrays.asList("=HYPERLINK(\"http://x\")", null, null, new BigDecimal("-0.25"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CsvWriter.write(table, out);

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "名前,When,Day,Days\r\n"
                        + "\"佐藤, \"\"Alice\"\"\",2026-11-21 02:13,2026-11-21,0.50\r\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\")\",,,-0.25\r\n");
    }
}
