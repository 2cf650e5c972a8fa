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
 * Runs the worked example month through the real export (calculator, tables, CSV and XLSX
 * writers) and checks every labor table; the tables it prints are the ones in
 * docs/spreadsheet-export.md. A second reader, Python's openpyxl, must read the workbook too.
 */
class LaborWorkedMonthTest {
    private static Path out;

    @BeforeAll
    static void export() throws IOException {
        out = Path.of("target", "labor-worked-month");
        Files.createDirectories(out);
        LaborWorkedMonth month = new LaborWorkedMonth();
        month.sync(out).export(month.team, LaborWorkedMonth.NOVEMBER, LaborWorkedMonth.NOW);
    }

    private static String csv(String suffix) throws IOException {
        String text = new String(Files.readAllBytes(out.resolve("sre-2026-11-" + suffix + ".csv")), StandardCharsets.UTF_8).substring(1);
        System.out.println("== " + suffix + "\n" + text.replace("\r\n", "\n"));
        return text;
    }

    @Test
    void summary_givesStandbyDaysByKind_minutesPerBucket_legalHolidayWorkDays_owedPremium_andBalances() throws IOException {
        assertThat(csv("labor-summary")).isEqualTo(
                "Member,Name,Standby weekday (days),Standby weekend (days),Standby public holiday (days),Standby legal holiday (days),"
                + "Call-out ordinary (min),Call-out night (min),Call-out legal holiday (min),Call-out legal holiday night (min),"
                + "Legal-holiday work days (36協定),\"Premium still owed (min, 代休)\",Comp-day balance,Lapsing soon\r\n"
                + "alice,Alice Sato,9,2,1,3,220,110,0,90,1,0,7.00,1.00\r\n"
                + "bob,Bob Tanaka,6,1,0,1,0,0,60,0,1,60,2.00,0.00\r\n"
                + "dave,Dave Ito,4,1,1,1,0,90,60,0,1,0,3.00,0.00\r\n");
    }

    @Test
    void trace_explainsEveryCallOutMinute_withItsBucketRateAndSource() throws IOException {
        String trace = csv("labor-trace");

        assertThat(trace).contains(
                "alice,Alice Sato,call-out work (min),2026-11-17,2026-11-17 04:10,2026-11-17 05:00,50,night,25,"
                        + "\"clock-in 11-17 04:10 to 11-17 06:40; Tue 2026-11-17, night (22:00-05:00)\"\r\n",
                "alice,Alice Sato,call-out work (min),2026-11-17,2026-11-17 05:00,2026-11-17 06:40,100,ordinary,,"
                        + "clock-in 11-17 04:10 to 11-17 06:40; Tue 2026-11-17\r\n",
                "alice,Alice Sato,call-out work (min),2026-11-21,2026-11-21 23:00,2026-11-22 00:00,60,night,25,",
                "alice,Alice Sato,call-out work (min),2026-11-22,2026-11-22 00:00,2026-11-22 01:30,90,legal holiday night,60,",
                "alice,Alice Sato,call-out work (min),2026-11-29,2026-11-29 10:00,2026-11-29 12:00,120,ordinary,,"
                        + "\"clock-in 11-29 10:00 to 11-29 12:00; Sun 2026-11-29, swapped in advance for 2026-12-02 (振替休日 recorded 2026-11-20):"
                        + " an ordinary working day\"\r\n",
                "dave,Dave Ito,call-out work (min),2026-11-22,2026-11-23 03:00,2026-11-23 04:00,60,legal holiday,35,",
                "; Sun 2026-11-22, legal holiday; 10:00-11:00 in America/Los_Angeles\"\r\n",
                "dave,Dave Ito,call-out work (min),2026-11-28,2026-11-29 15:00,2026-11-29 16:30,90,night,25,",
                "bob,Bob Tanaka,legal-holiday work day (36協定),2026-11-15,");
    }

    @Test
    void daysOff_tellTheSwapFromTheLateGrant_andMarkThePremiumStillOwed() throws IOException {
        assertThat(csv("days-off")).contains(
                "alice,Alice Sato,2026-11-29,2026-12-02,振替休日 (swapped in advance),2026-11-20 10:00,Alice Sato,0,no,",
                "bob,Bob Tanaka,2026-11-15,2026-11-18,代休 (granted afterwards),2026-11-16 09:00,Bob Tanaka,60,yes,"
                        + "granted on or after the worked day: the 35% legal-holiday premium for 60 min is still owed\r\n");
    }

    @Test
    void balance_usesTheDayLapsingFirst_showsWhatLapsed_andListsWhatLapsesSoon() throws IOException {
        String balance = csv("comp-day-balance");

        assertThat(balance).contains(
                "alice,Alice Sato,2026-10-31,1.00,0.00,0.00,1.00,2026-12-15,lapses soon,",
                "bob,Bob Tanaka,2026-10-10,1.00,1.00,0.00,0.00,2026-11-24,used,",
                "bob,Bob Tanaka,2026-10-11,1.00,0.00,1.00,0.00,2026-11-25,lapsed,");
        assertThat(csv("lapsing-soon")).isEqualTo("Member,Name,Earned on,Remaining,Last day,Days left from 2026-12-01\r\n"
                + "alice,Alice Sato,2026-10-31,1.00,2026-12-15,15\r\n");
        assertThat(csv("labor-notes")).contains("Balances as of,2026-12-01 00:00 Asia/Tokyo\r\n",
                "Rule,Comp days lapse 45 days after the day they were earned; days lapsing within 14 days are listed.\r\n",
                "Note,Night and the legal holiday are judged by each worker's own clock: dave works in America/Los_Angeles; times in the"
                        + " sheets are Asia/Tokyo.\r\n");
    }

    @Test
    void workbook_holdsTheLaborSheets_andOpenpyxlReadsThem() throws Exception {
        Path xlsx = out.resolve("touban-sre-2026-11.xlsx");
        String script = "import openpyxl,sys\n"
                + "wb=openpyxl.load_workbook(sys.argv[1])\n"
                + "print('|'.join(wb.sheetnames))\n"
                + "for row in wb['Labor summary'].iter_rows(values_only=True):\n"
                + "    print('|'.join('' if v is None else str(v) for v in row))\n";
        String printed = null;
        // The first python3 on the PATH may be a separate installation (pyenv) without the system's openpyxl.
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(python, "-W", "ignore", "-c", script, xlsx.toString())
                        .redirectError(ProcessBuilder.Redirect.PIPE).start();
                String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                String errors = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
                if (p.exitValue() == 0) {
                    printed = text;
                    break;
                }
                assertThat(errors).as("openpyxl failed to read the workbook").contains("No module named 'openpyxl'");
            } catch (IOException e) {
                // no such interpreter; try the next
            }
        }
        assertThat(printed).as("openpyxl reads the workbook back; install it: apt-get install -y python3-openpyxl").isNotNull();
        System.out.println("== openpyxl\n" + printed);
        List<String> lines = printed.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Summary|Comp days|Shifts|Attendance|Incidents|Notes|Health|Health trace|Labor summary|"
                + "Labor trace|Days off|Comp-day balance|Lapsing soon|Labor notes");
        assertThat(lines).contains("alice|Alice Sato|9|2|1|3|220|110|0|90|1|0|7.0|1.0", "bob|Bob Tanaka|6|1|0|1|0|0|60|0|1|60|2.0|0.0",
                "dave|Dave Ito|4|1|1|1|0|90|60|0|1|0|3.0|0.0");
    }
}
