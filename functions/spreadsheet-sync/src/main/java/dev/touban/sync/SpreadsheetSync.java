package dev.touban.sync;

import dev.touban.domain.attendance.AttendanceStore;
import dev.touban.domain.attendance.CheckIn;
import dev.touban.domain.compday.Award;
import dev.touban.domain.compday.CompDayCalculator;
import dev.touban.domain.compday.MonthFacts;
import dev.touban.domain.compday.MonthReport;
import dev.touban.domain.compday.TeamReporting;
import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.export.IncidentSource;
import dev.touban.domain.health.HealthReports;
import dev.touban.domain.health.IncidentFacts;
import dev.touban.domain.holiday.HolidayCalendar;
import dev.touban.domain.labor.DayOff;
import dev.touban.domain.labor.DayOffSource;
import dev.touban.domain.labor.LaborCalculator;
import dev.touban.domain.labor.LaborFacts;
import dev.touban.domain.labor.LaborPolicy;
import dev.touban.domain.labor.LaborReport;
import dev.touban.domain.language.Language;
import dev.touban.domain.rotation.OnCallLookup;
import dev.touban.domain.rotation.Shift;
import dev.touban.sync.csv.CsvWriter;
import dev.touban.sync.report.HealthTables;
import dev.touban.sync.report.LaborTables;
import dev.touban.sync.report.ReportTables;
import dev.touban.sync.report.Table;
import dev.touban.sync.store.ExportFile;
import dev.touban.sync.store.ExportStore;
import dev.touban.sync.store.StoredExport;
import dev.touban.sync.xlsx.XlsxWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Exports one team's month: gathers the facts through the ports, computes the comp-day,
 * on-call health and labor-law reports, writes
 * the workbook and the CSV files to a scratch directory, stores them (replacing the month's
 * earlier files) and mirrors the tables into the team's Google Sheet where one is configured.
 */
public final class SpreadsheetSync {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final OncallConfig config;
    private final OnCallLookup onCall;
    private final AttendanceStore attendance;
    private final IncidentSource incidents;
    private final HealthReports health;
    private final IncidentFacts facts;
    private final DayOffSource dayOffs;
    private final ExportStore store;
    private final Function<TeamReporting.GoogleSheetTarget, SheetWriter> sheets;
    private final Path scratch;

    /** Writes the tables to a configured Google Sheet; returns the sheet's URL. */
    @FunctionalInterface
    public interface SheetWriter {
        String write(String tab, List<Table> tables);
    }

    public SpreadsheetSync(OncallConfig config, OnCallLookup onCall, AttendanceStore attendance, IncidentSource incidents,
            IncidentFacts facts, ExportStore store, Function<TeamReporting.GoogleSheetTarget, SheetWriter> sheets, Path scratch) {
        this(config, onCall, attendance, incidents, facts, DayOffSource.NONE, store, sheets, scratch);
    }

    public SpreadsheetSync(OncallConfig config, OnCallLookup onCall, AttendanceStore attendance, IncidentSource incidents,
            IncidentFacts facts, DayOffSource dayOffs, ExportStore store, Function<TeamReporting.GoogleSheetTarget, SheetWriter> sheets,
            Path scratch) {
        this.config = config;
        this.facts = facts;
        this.dayOffs = dayOffs;
        this.onCall = onCall;
        this.attendance = attendance;
        this.incidents = incidents;
        this.health = new HealthReports(config, onCall, facts);
        this.store = store;
        this.sheets = sheets;
        this.scratch = scratch;
    }

    public OncallConfig config() {
        return config;
    }

    public ExportResult export(Team team, YearMonth month, Instant now) {
        MonthReport report = report(team, month, now);
        // HR reads the workbook, not the team: its language is the company's (docs/spreadsheet-export.md)
        Language language = config.workbookLanguage(team.id());
        List<Table> tables = new ArrayList<>(ReportTables.of(report, config, language));
        tables.addAll(HealthTables.of(health.report(team, month, now), config, language));
        tables.addAll(LaborTables.of(labor(team, month, report, now), config, language));
        String base = team.id() + "-" + month;
        String workbook = "touban-" + base + ".xlsx";
        Path dir = null;
        try {
            dir = Files.createTempDirectory(scratch, "export-" + base + "-");
            List<ExportFile> files = new ArrayList<>();
            Path xlsx = dir.resolve(workbook);
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                XlsxWriter.write(tables, out);
            }
            files.add(new ExportFile(workbook, xlsx, XLSX));
            for (Table t : tables) {
                Path csv = dir.resolve(base + "-" + t.fileSuffix() + ".csv");
                try (OutputStream out = Files.newOutputStream(csv)) {
                    CsvWriter.write(t, out);
                }
                files.add(new ExportFile(csv.getFileName().toString(), csv, "text/csv; charset=utf-8"));
            }
            StoredExport stored = store.replace(team.id(), month, files, workbook);
            TeamReporting.GoogleSheetTarget target = config.reporting(team.id()).googleSheet();
            String sheetUrl = target == null ? null : sheets.apply(target).write(month.toString(), tables);
            return new ExportResult(report, stored, sheetUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    /** The month's report from the ports' facts, computed as of {@code now}. */
    public MonthReport report(Team team, YearMonth month, Instant now) {
        TeamReporting reporting = config.reporting(team.id());
        Instant from = month.atDay(1).atStartOfDay(team.timeZone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(team.timeZone()).toInstant();
        List<Shift> shifts = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            shifts.addAll(onCall.shifts(team, layer, from, to));
        }
        // A check-in that began before the month may still run into it, up to the maximum.
        Instant attendanceFrom = from.minus(reporting.policy().checkInMaximum());
        List<CheckIn> open = new ArrayList<>();
        for (String member : team.memberIds()) {
            attendance.openCheckIn(member).filter(c -> c.teamId().equals(team.id())).ifPresent(open::add);
        }
        open.sort(Comparator.comparing(CheckIn::start));
        MonthFacts facts = new MonthFacts(team, month, new HolidayCalendar(team.country(), reporting.holidays()), reporting.policy(),
                shifts, attendance.attendance(team.id(), attendanceFrom, to), open, incidents.incidents(team.id(), from, to), now);
        return CompDayCalculator.calculate(facts);
    }

    /**
     * The month's labor-law view: from its comp-day report, the team's incidents, the days off
     * recorded around it and the comp days earned in the months before that may still be open.
     */
    public LaborReport labor(Team team, YearMonth month, MonthReport report, Instant now) {
        TeamReporting reporting = config.reporting(team.id());
        LaborPolicy policy = reporting.labor();
        int lookback = policy.compDayExpiry().lookbackMonths();
        List<Award> earlier = new ArrayList<>();
        for (int k = lookback; k >= 1; k--) {
            earlier.addAll(report(team, month.minusMonths(k), now).awards());
        }
        Map<String, ZoneId> zones = new HashMap<>();
        for (Member m : config.members()) {
            zones.put(m.id(), m.timeZone());
        }
        // Leave taken in the window may have used comp days earned up to one expiry period before it.
        List<DayOff> recorded = dayOffs.dayOffs(team.id(), month.minusMonths(2L * lookback + 1).atDay(1), month.plusMonths(3).atEndOfMonth());
        return LaborCalculator.calculate(new LaborFacts(report, new HolidayCalendar(team.country(), reporting.holidays()), policy, zones,
                facts.triggeredBetween(team.id(), report.from(), report.to()), recorded, earlier, reporting.policy().checkInMaximum(), now));
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // Scratch space is per invocation and Lambda discards /tmp with the environment.
        }
    }
}
