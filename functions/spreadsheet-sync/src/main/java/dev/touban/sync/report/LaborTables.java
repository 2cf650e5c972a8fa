package dev.touban.sync.report;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.labor.DayOff;
import dev.touban.domain.labor.LaborReport;
import dev.touban.domain.labor.LaborReport.CompDayLot;
import dev.touban.domain.labor.LaborReport.DayOffLine;
import dev.touban.domain.labor.LaborReport.PersonLabor;
import dev.touban.domain.labor.LaborReport.TraceLine;
import dev.touban.domain.labor.StandbyKind;
import dev.touban.domain.labor.WorkBucket;
import dev.touban.sync.report.Column.Kind;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The labor-law view as tables of the HR workbook, beside the comp-day sheets: "Labor summary"
 * (a row per person), "Labor trace" (each item a figure counts, the way the comp-day sheet
 * explains each award), "Days off" (振替休日 and 代休), "Comp-day balance" (lots with their last
 * day), "Lapsing soon" (the warning list) and "Labor notes" (the rules in words).
 */
public final class LaborTables {
    private LaborTables() {}

    public static List<Table> of(LaborReport report, OncallConfig config) {
        String tz = " (" + report.zone() + ")";
        return List.of(summary(report, config), trace(report, config, tz), dayOffs(report, config, tz), balance(report, config),
                lapsing(report, config), notes(report));
    }

    private static Table summary(LaborReport r, OncallConfig config) {
        List<List<Object>> rows = new ArrayList<>();
        for (PersonLabor p : r.people()) {
            List<Object> cells = new ArrayList<>(List.of(p.memberId(), config.displayName(p.memberId())));
            for (StandbyKind k : StandbyKind.values()) {
                cells.add((long) p.standby(k));
            }
            for (WorkBucket b : WorkBucket.values()) {
                cells.add(p.minutes(b));
            }
            cells.add((long) p.legalHolidayWorkDays());
            cells.add(p.premiumOwedMinutes());
            cells.add(p.compDayBalance());
            cells.add(p.lapsingSoon());
            rows.add(ReportTables.row(cells.toArray()));
        }
        List<Column> columns = new ArrayList<>(List.of(new Column("Member", Kind.TEXT, 12), new Column("Name", Kind.TEXT, 20)));
        for (StandbyKind k : StandbyKind.values()) {
            columns.add(new Column("Standby " + k.label() + " (days)", Kind.INTEGER, 16));
        }
        for (WorkBucket b : WorkBucket.values()) {
            columns.add(new Column("Call-out " + b.label() + " (min)", Kind.INTEGER, 18));
        }
        columns.add(new Column("Legal-holiday work days (36協定)", Kind.INTEGER, 20));
        columns.add(new Column("Premium still owed (min, 代休)", Kind.INTEGER, 20));
        columns.add(new Column("Comp-day balance", Kind.DECIMAL, 16));
        columns.add(new Column("Lapsing soon", Kind.DECIMAL, 13));
        return new Table("Labor summary", "labor-summary", columns, rows);
    }

    private static Table trace(LaborReport r, OncallConfig config, String tz) {
        List<List<Object>> rows = new ArrayList<>();
        for (TraceLine l : r.trace()) {
            rows.add(ReportTables.row(l.memberId(), config.displayName(l.memberId()), l.figure().label(), l.day(),
                    local(l.start(), r.zone()), local(l.end(), r.zone()), l.amount(), l.kind(), l.rate(), l.detail()));
        }
        return new Table("Labor trace", "labor-trace", List.of(
                new Column("Member", Kind.TEXT, 12), new Column("Name", Kind.TEXT, 20), new Column("Figure", Kind.TEXT, 26),
                new Column("Day (worker's own)", Kind.DATE, 12), new Column("From" + tz, Kind.DATETIME, 22),
                new Column("To" + tz, Kind.DATETIME, 22), new Column("Amount (days or min)", Kind.INTEGER, 12),
                new Column("Kind", Kind.TEXT, 20), new Column("Premium %", Kind.DECIMAL, 10), new Column("Why", Kind.TEXT, 90)), rows);
    }

    private static Table dayOffs(LaborReport r, OncallConfig config, String tz) {
        List<List<Object>> rows = new ArrayList<>();
        for (DayOffLine l : r.dayOffs()) {
            DayOff d = l.dayOff();
            rows.add(ReportTables.row(d.memberId(), config.displayName(d.memberId()), d.workedDay(), d.dayOff(), d.kind().label(),
                    local(d.recordedAt(), r.zone()), config.displayName(d.recordedBy()), l.legalHolidayMinutes(),
                    l.premiumOwed() ? "yes" : "no", l.detail()));
        }
        return new Table("Days off", "days-off", List.of(
                new Column("Member", Kind.TEXT, 12), new Column("Name", Kind.TEXT, 20), new Column("Worked day", Kind.DATE, 12),
                new Column("Day off", Kind.DATE, 12), new Column("Kind", Kind.TEXT, 26), new Column("Recorded" + tz, Kind.DATETIME, 22),
                new Column("Recorded by", Kind.TEXT, 20), new Column("Legal-holiday work (min)", Kind.INTEGER, 14),
                new Column("Premium still owed", Kind.TEXT, 12), new Column("Why", Kind.TEXT, 80)), rows);
    }

    private static Table balance(LaborReport r, OncallConfig config) {
        List<List<Object>> rows = new ArrayList<>();
        for (CompDayLot l : r.lots()) {
            rows.add(ReportTables.row(l.memberId(), config.displayName(l.memberId()), l.earned(), l.days(), l.used(), l.lapsed(),
                    l.remaining(), l.lastDay(), l.status().label(), l.detail()));
        }
        return new Table("Comp-day balance", "comp-day-balance", List.of(
                new Column("Member", Kind.TEXT, 12), new Column("Name", Kind.TEXT, 20), new Column("Earned on", Kind.DATE, 12),
                new Column("Days", Kind.DECIMAL, 8), new Column("Used (代休)", Kind.DECIMAL, 10), new Column("Lapsed", Kind.DECIMAL, 8),
                new Column("Remaining", Kind.DECIMAL, 10), new Column("Last day", Kind.DATE, 12), new Column("Status", Kind.TEXT, 12),
                new Column("Why", Kind.TEXT, 80)), rows);
    }

    private static Table lapsing(LaborReport r, OncallConfig config) {
        List<List<Object>> rows = new ArrayList<>();
        for (CompDayLot l : r.lapsingSoon()) {
            rows.add(ReportTables.row(l.memberId(), config.displayName(l.memberId()), l.earned(), l.remaining(), l.lastDay(),
                    ChronoUnit.DAYS.between(r.asOf(), l.lastDay()) + 1));
        }
        return new Table("Lapsing soon", "lapsing-soon", List.of(
                new Column("Member", Kind.TEXT, 12), new Column("Name", Kind.TEXT, 20), new Column("Earned on", Kind.DATE, 12),
                new Column("Remaining", Kind.DECIMAL, 10), new Column("Last day", Kind.DATE, 12),
                new Column("Days left from " + r.asOf(), Kind.INTEGER, 22)), rows);
    }

    private static Table notes(LaborReport r) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(ReportTables.row("Month", r.month() + (r.partial() ? " (partial)" : "")));
        rows.add(ReportTables.row("Balances as of", r.asOf() + " 00:00 " + r.zone()));
        r.policy().forEach(p -> rows.add(ReportTables.row("Rule", p)));
        r.notes().forEach(n -> rows.add(ReportTables.row("Note", n)));
        return new Table("Labor notes", "labor-notes", List.of(new Column("Topic", Kind.TEXT, 14), new Column("Text", Kind.TEXT, 110)), rows);
    }

    private static LocalDateTime local(Instant t, ZoneId zone) {
        return LocalDateTime.ofInstant(t, zone);
    }
}
