package dev.touban.sync;

import static dev.touban.testing.HostileText.ALL;
import static dev.touban.testing.HostileText.SAMPLES;
import static dev.touban.testing.HostileText.assertInertCell;
import static dev.touban.testing.HostileText.assertInertMrkdwn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.compday.MonthReport;
import dev.touban.domain.compday.PersonMonth;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.language.Language;
import dev.touban.sync.csv.CsvWriter;
import dev.touban.sync.report.Column;
import dev.touban.sync.report.Table;
import dev.touban.sync.store.StoredExport;
import dev.touban.sync.xlsx.XlsxWriter;
import dev.touban.testing.RepoFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** Text from outside in the HR files (CSV, XLSX) and in the Slack answer to an export: nothing a spreadsheet runs, nothing Slack acts on. */
class SpreadsheetHostileTextTest {
    private static final List<String> CELLS = new ArrayList<>(SAMPLES);

    static {
        CELLS.addAll(List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tTab", "\rCR", "=HYPERLINK(\"https://evil.example\")"));
    }

    private static Table table() {
        List<List<Object>> rows = new ArrayList<>();
        CELLS.forEach(c -> rows.add(List.of(c)));
        return new Table("Notes", "notes", List.of(new Column("Note", Column.Kind.TEXT, 40)), rows);
    }

    @Test
    void csv_cells_startNothingASpreadsheetRuns_andAreValidUtf8() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.write(table(), out);

        String csv = new String(out.toByteArray(), StandardCharsets.UTF_8);
        for (String line : csv.substring(1).split("\r\n")) {
            assertInertCell(line.startsWith("\"") ? line.substring(1) : line);
        }
        assertThat(csv).contains("'=HYPERLINK(", "'@SUM(A1)", "'+1", "'-1").doesNotContain("\uFFFE");
    }

    @Test
    void xlsx_cells_startNothingASpreadsheetRuns() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(List.of(table()), out);

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(CELLS.size() + 1);
            for (Row r : rows.subList(1, rows.size())) {
                assertThat(r.getCell(0).getFormula()).isNull();
                assertInertCell(r.getCellAsString(0).orElse(""));
            }
        }
    }

    @Test
    void exportAnswer_withHostileNamesAndNotes_isInertMrkdwn() {
        OncallConfig config = ConfigLoader.fromFile(RepoFiles.path("config/oncall.example.yaml"));
        MonthReport report = new MonthReport("sre", ALL, YearMonth.of(2026, 11), ZoneId.of("Asia/Tokyo"), Instant.EPOCH, Instant.EPOCH,
                false, List.of(), List.of(), List.of(new PersonMonth("alice", 1, 1, 0, Duration.ZERO, 0, BigDecimal.ONE, List.of())),
                List.of(), List.of(), List.of(), List.of(ALL));
        StoredExport stored = new StoredExport("bucket", "exports/sre/2026-11/", List.of("a.xlsx", "b.csv"),
                URI.create("https://bucket.s3.amazonaws.com/a.xlsx?X-Amz-Signature=abc"), Duration.ofHours(12));

        for (Language lang : Language.values()) {
            String text = ExportMessage.done(new ExportResult(report, stored, null), config, lang);

            assertInertMrkdwn(text.replace("<https://bucket.s3.amazonaws.com/a.xlsx?X-Amz-Signature=abc|", ""));
            assertThat(text).contains("&lt;!channel&gt;");
        }
    }

    @Test
    void exportAnswer_isInTheRequestersLanguage() {
        OncallConfig config = ConfigLoader.fromFile(RepoFiles.path("config/oncall.example.yaml"));
        MonthReport report = new MonthReport("sre", "SRE", YearMonth.of(2026, 11), ZoneId.of("Asia/Tokyo"), Instant.EPOCH, Instant.EPOCH,
                true, List.of(), List.of(), List.of(new PersonMonth("alice", 1, 1, 0, Duration.ZERO, 2, new BigDecimal("1.5"), List.of())),
                List.of(), List.of(), List.of(), List.of());
        StoredExport stored = new StoredExport("bucket", "exports/sre/2026-11/", List.of("a.xlsx", "b.csv"),
                URI.create("https://bucket.s3.amazonaws.com/a.xlsx?X-Amz-Signature=abc"), Duration.ofMinutes(90));
        ExportResult result = new ExportResult(report, stored, "https://docs.google.com/spreadsheets/d/1Test");

        assertThat(ExportMessage.done(result, config, Language.EN).lines().toList()).containsExactly(
                ":bar_chart: Comp-day report for *SRE*, 2026-11 (so far): <https://bucket.s3.amazonaws.com/a.xlsx?X-Amz-Signature=abc"
                        + "|touban-sre-2026-11.xlsx> (link valid 1 h 30 min)",
                "• Alice Sato: 1.5 comp days (1 weekend, 0 holiday, 2 night pages)",
                "Files: `s3://bucket/exports/sre/2026-11/` (XLSX and 1 CSV)",
                "Google Sheet: <https://docs.google.com/spreadsheets/d/1Test|tab 2026-11>");
        assertThat(ExportMessage.done(result, config, Language.JA).lines().toList()).containsExactly(
                ":bar_chart: *SRE*の2026年11月（今日まで）の振休集計表: <https://bucket.s3.amazonaws.com/a.xlsx?X-Amz-Signature=abc"
                        + "|touban-sre-2026-11.xlsx>（リンクの有効期限 1時間30分）",
                "• Alice Sato: 振休 1.5日（週末 1日、祝日 0日、夜間の呼び出し 2回）",
                "ファイル: `s3://bucket/exports/sre/2026-11/`（XLSX と CSV 1件）",
                "Google スプレッドシート: <https://docs.google.com/spreadsheets/d/1Test|2026-11タブ>");
    }
}
