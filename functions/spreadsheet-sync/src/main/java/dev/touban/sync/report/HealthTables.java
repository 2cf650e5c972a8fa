package dev.touban.sync.report;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.health.Figures;
import dev.touban.domain.health.HealthReport;
import dev.touban.domain.health.HealthText;
import dev.touban.domain.health.PersonHealth;
import dev.touban.domain.health.TraceLine;
import dev.touban.sync.report.Column.Kind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The health report as two tables of the HR workbook: "Health", the team's and each person's
 * figures (times in minutes), and "Health trace", one line per item each figure counts, the
 * way the comp-day sheet explains each award.
 */
public final class HealthTables {
    static final String TEAM = "(team)";

    private HealthTables() {}

    public static List<Table> of(HealthReport report, OncallConfig config) {
        return List.of(figures(report, config), trace(report, config));
    }

    private static Table figures(HealthReport r, OncallConfig config) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(TEAM, r.teamName(), r.team(), r.teamDuty(), r.teamPagesPerDutyHour(), null, null));
        for (PersonHealth p : r.people()) {
            rows.add(row(p.memberId(), config.displayName(p.memberId()), p.figures(), p.duty(), p.pagesPerDutyHour(), p.fairness(),
                    p.noisiestService()));
        }
        return new Table("Health", "health", List.of(
                new Column("Member", Kind.TEXT, 12), new Column("Name", Kind.TEXT, 20),
                new Column("Incidents", Kind.INTEGER, 10), new Column("Pages", Kind.INTEGER, 8),
                new Column("MTTA median (min)", Kind.DECIMAL, 17), new Column("MTTA p90 (min)", Kind.DECIMAL, 15),
                new Column("MTTR median (min)", Kind.DECIMAL, 17), new Column("MTTR p90 (min)", Kind.DECIMAL, 15),
                new Column("Acknowledged", Kind.INTEGER, 13), new Column("Escalated past tier 1", Kind.INTEGER, 20),
                new Column("Night pages (22-05)", Kind.INTEGER, 18), new Column("Weekend pages", Kind.INTEGER, 14),
                new Column("Holiday pages", Kind.INTEGER, 14), new Column("Duty hours", Kind.DECIMAL, 11),
                new Column("Pages per duty hour", Kind.DECIMAL, 19), new Column("Fairness (1.00 = even)", Kind.DECIMAL, 21),
                new Column("Noisiest service", Kind.TEXT, 18)), rows);
    }

    private static Table trace(HealthReport r, OncallConfig config) {
        List<List<Object>> rows = new ArrayList<>();
        for (TraceLine l : r.trace()) {
            rows.add(ReportTables.row(l.memberId() == null ? TEAM : l.memberId(), l.memberId() == null ? r.teamName() : config.displayName(l.memberId()),
                    l.figure().label(), l.incident() == 0 ? null : l.incident(), LocalDateTime.ofInstant(l.at(), r.zone()), l.detail()));
        }
        return new Table("Health trace", "health-trace", List.of(
                new Column("Member", Kind.TEXT, 12), new Column("Name", Kind.TEXT, 20), new Column("Figure", Kind.TEXT, 22),
                new Column("Incident", Kind.INTEGER, 9), new Column("At (" + r.zone() + ")", Kind.DATETIME, 22),
                new Column("Why", Kind.TEXT, 80)), rows);
    }

    private static List<Object> row(String member, String name, Figures f, Duration duty, BigDecimal rate, BigDecimal fairness,
            String noisiest) {
        return ReportTables.row(member, name, (long) f.incidents(), (long) f.pages(), HealthText.minutes(f.mtta().median()),
                HealthText.minutes(f.mtta().p90()), HealthText.minutes(f.mttr().median()), HealthText.minutes(f.mttr().p90()),
                (long) f.acknowledged(), (long) f.escalated(), (long) f.nightPages(), (long) f.weekendPages(), (long) f.holidayPages(),
                HealthText.hours(duty), rate, fairness, noisiest);
    }
}
