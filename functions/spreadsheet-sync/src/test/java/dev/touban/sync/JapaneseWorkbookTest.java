package dev.touban.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The worked month of LaborWorkedMonthTest exported for a company whose teams read Japanese: the
 * workbook's sheet names and headers are Japanese, the figures and file names the same.
 */
class JapaneseWorkbookTest {
    private static final String SHEETS = "集計|振休|シフト|待機の打刻|インシデント|備考|当番の健全性|健全性の内訳|労働時間の集計|労働時間の内訳|"
            + "振替休日・代休|振休の残高|期限間近の振休|労働時間の備考";
    private static Path out;

    @BeforeAll
    static void export() throws IOException {
        out = Path.of("target", "labor-worked-month-ja");
        Files.createDirectories(out);
        LaborWorkedMonth month = new LaborWorkedMonth(LaborWorkedMonth.CONFIG.replace("country: JP,", "country: JP, language: ja,"));
        month.sync(out).export(month.team, LaborWorkedMonth.NOVEMBER, LaborWorkedMonth.NOW);
    }

    private static String csv(String suffix) throws IOException {
        return new String(Files.readAllBytes(out.resolve("sre-2026-11-" + suffix + ".csv")), StandardCharsets.UTF_8).substring(1);
    }

    @Test
    void csv_headersAreJapanese_andTheFiguresTheSame() throws IOException {
        assertThat(csv("labor-summary")).isEqualTo(
                "メンバー,氏名,待機 平日（日）,待機 土日（日）,待機 祝日（日）,待機 法定休日（日）,"
                + "呼び出し対応 通常（分）,呼び出し対応 深夜（分）,呼び出し対応 法定休日（分）,呼び出し対応 法定休日の深夜（分）,"
                + "法定休日の労働日数（36協定）,未払いの割増（分、代休）,振休の残日数,期限間近の日数\r\n"
                + "alice,Alice Sato,9,2,1,3,220,110,0,90,1,0,7.00,1.00\r\n"
                + "bob,Bob Tanaka,6,1,0,1,0,0,60,0,1,60,2.00,0.00\r\n"
                + "dave,Dave Ito,4,1,1,1,0,90,60,0,1,0,3.00,0.00\r\n");
        assertThat(csv("summary")).startsWith("メンバー,氏名,当番日数,週末の日数,祝日の日数,待機時間（時間）,夜間の呼び出し,獲得した振休（日）\r\n");
        assertThat(csv("shifts")).startsWith("ローテーション,区分,メンバー,氏名,開始（Asia/Tokyo）,終了（Asia/Tokyo）,当月の時間,当番日数への算入\r\n");
        assertThat(csv("lapsing-soon")).isEqualTo("メンバー,氏名,取得日,残り,期限,2026-12-01からの残り日数\r\n"
                + "alice,Alice Sato,2026-10-31,1.00,2026-12-15,15\r\n");
    }

    @Test
    void workbook_hasJapaneseSheetNamesAndHeaders_thatOpenpyxlReads() throws Exception {
        Path xlsx = out.resolve("touban-sre-2026-11.xlsx");
        String script = "import openpyxl,sys\n"
                + "wb=openpyxl.load_workbook(sys.argv[1])\n"
                + "print('|'.join(wb.sheetnames))\n"
                + "for name in ['集計', '労働時間の集計']:\n"
                + "    for row in wb[name].iter_rows(values_only=True, max_row=2):\n"
                + "        print('|'.join('' if v is None else str(v) for v in row))\n";
        List<String> lines = openpyxl(script, xlsx).lines().toList();

        assertThat(lines.getFirst()).isEqualTo(SHEETS);
        assertThat(lines).contains("メンバー|氏名|当番日数|週末の日数|祝日の日数|待機時間（時間）|夜間の呼び出し|獲得した振休（日）",
                "メンバー|氏名|待機 平日（日）|待機 土日（日）|待機 祝日（日）|待機 法定休日（日）|呼び出し対応 通常（分）|呼び出し対応 深夜（分）|"
                        + "呼び出し対応 法定休日（分）|呼び出し対応 法定休日の深夜（分）|法定休日の労働日数（36協定）|未払いの割増（分、代休）|振休の残日数|期限間近の日数",
                "alice|Alice Sato|9|2|1|3|220|110|0|90|1|0|7.0|1.0");
        for (String sheet : SHEETS.split("\\|")) {
            assertThat(sheet).as("an Excel sheet name").hasSizeLessThanOrEqualTo(31).doesNotContain("[", "]", ":", "*", "?", "/", "\\");
        }
    }

    /** What the script printed; openpyxl is the Debian package python3-openpyxl (see .ci/run). */
    static String openpyxl(String script, Path xlsx) throws Exception {
        // The first python3 on the PATH may be a separate installation (pyenv) without the system's openpyxl.
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(python, "-W", "ignore", "-c", script, xlsx.toString())
                        .redirectError(ProcessBuilder.Redirect.PIPE).start();
                String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                String errors = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
                if (p.exitValue() == 0) {
                    return text;
                }
                assertThat(errors).as("openpyxl failed to read the workbook").contains("No module named 'openpyxl'");
            } catch (IOException e) {
                // no such interpreter; try the next
            }
        }
        throw new AssertionError("openpyxl reads the workbook back; install it: apt-get install -y python3-openpyxl");
    }
}
