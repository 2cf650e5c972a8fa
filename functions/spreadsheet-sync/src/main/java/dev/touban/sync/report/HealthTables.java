package dev.touban.sync.report;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.health.Figures;
import dev.touban.domain.health.HealthReport;
import dev.touban.domain.health.HealthText;
import dev.touban.domain.health.PersonHealth;
import dev.touban.domain.health.TraceLine;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Msg;
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

    public static List<Table> of(HealthReport report, OncallConfig config, Language language) {
        Headings h = new Headings(language);
        return List.of(figures(report, config, h), trace(report, config, h));
    }

    private static Table figures(HealthReport r, OncallConfig config, Headings h) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(TEAM, r.teamName(), r.team(), r.teamDuty(), r.teamPagesPerDutyHour(), null, null));
        for (PersonHealth p : r.people()) {
            rows.add(row(p.memberId(), config.displayName(p.memberId()), p.figures(), p.duty(), p.pagesPerDutyHour(), p.fairness(),
                    p.noisiestService()));
        }
        return new Table(h.say(Msg.SHEET_HEALTH), "health", List.of(
                h.member(), h.name(),
                h.column(Msg.COL_INCIDENTS, Kind.INTEGER, 10), h.column(Msg.COL_PAGES, Kind.INTEGER, 8),
                h.column(Msg.COL_MTTA_MEDIAN, Kind.DECIMAL, 17), h.column(Msg.COL_MTTA_P90, Kind.DECIMAL, 15),
                h.column(Msg.COL_MTTR_MEDIAN, Kind.DECIMAL, 17), h.column(Msg.COL_MTTR_P90, Kind.DECIMAL, 15),
                h.column(Msg.COL_ACKNOWLEDGED, Kind.INTEGER, 13), h.column(Msg.COL_ESCALATED, Kind.INTEGER, 20),
                h.column(Msg.COL_NIGHT_PAGES_HOURS, Kind.INTEGER, 18), h.column(Msg.COL_WEEKEND_PAGES, Kind.INTEGER, 14),
                h.column(Msg.COL_HOLIDAY_PAGES, Kind.INTEGER, 14), h.column(Msg.COL_DUTY_HOURS, Kind.DECIMAL, 11),
                h.column(Msg.COL_PAGES_PER_DUTY_HOUR, Kind.DECIMAL, 19), h.column(Msg.COL_FAIRNESS, Kind.DECIMAL, 21),
                h.column(Msg.COL_NOISIEST_SERVICE, Kind.TEXT, 18)), rows);
    }

    private static Table trace(HealthReport r, OncallConfig config, Headings h) {
        List<List<Object>> rows = new ArrayList<>();
        for (TraceLine l : r.trace()) {
            rows.add(ReportTables.row(l.memberId() == null ? TEAM : l.memberId(), l.memberId() == null ? r.teamName() : config.displayName(l.memberId()),
                    l.figure().label(), l.incident() == 0 ? null : l.incident(), LocalDateTime.ofInstant(l.at(), r.zone()), l.detail()));
        }
        return new Table(h.say(Msg.SHEET_HEALTH_TRACE), "health-trace", List.of(
                h.member(), h.name(), h.column(Msg.COL_FIGURE, Kind.TEXT, 22),
                h.column(Msg.COL_INCIDENT, Kind.INTEGER, 9), h.zoned(Msg.COL_AT, 22, r.zone()),
                h.column(Msg.COL_WHY, Kind.TEXT, 80)), rows);
    }

    private static List<Object> row(String member, String name, Figures f, Duration duty, BigDecimal rate, BigDecimal fairness,
            String noisiest) {
        return ReportTables.row(member, name, (long) f.incidents(), (long) f.pages(), HealthText.minutes(f.mtta().median()),
                HealthText.minutes(f.mtta().p90()), HealthText.minutes(f.mttr().median()), HealthText.minutes(f.mttr().p90()),
                (long) f.acknowledged(), (long) f.escalated(), (long) f.nightPages(), (long) f.weekendPages(), (long) f.holidayPages(),
                HealthText.hours(duty), rate, fairness, noisiest);
    }
}
