package dev.touban.bench;

import dev.touban.domain.attendance.AttendanceRecord;
import dev.touban.domain.attendance.AttendanceStore;
import dev.touban.domain.attendance.CheckIn;
import dev.touban.domain.compday.CompDayPolicy;
import dev.touban.domain.compday.TeamReporting;
import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.export.IncidentSummary;
import dev.touban.domain.health.IncidentFact;
import dev.touban.domain.health.PageFact;
import dev.touban.domain.rotation.ConfiguredOnCall;
import dev.touban.domain.rotation.Rotation;
import dev.touban.sync.ExportResult;
import dev.touban.sync.SpreadsheetSync;
import dev.touban.sync.store.ExportFile;
import dev.touban.sync.store.StoredExport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A year of a 20-person team, exported month by month exactly as the function does (facts,
 * report, XLSX and six CSV files), with in-memory ports and a local directory instead of S3,
 * so the figure is the export's own cost. Prints the timings; asserts nothing.
 *
 * <pre>
 *   ./mvnw -B -ntp -q -pl bench/export -am package -DskipTests
 *   java -jar bench/export/target/export-bench.jar [output-dir]
 * </pre>
 */
public final class ExportBench {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final int PEOPLE = 20;
    private static final int YEAR = 2026;
    private static final int PAGES_PER_DAY = 30;

    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("touban-export-bench"));
        List<Member> members = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String id = "m" + i;
            ids.add(id);
            members.add(new Member(id, "社員 " + i, "U0" + i, "+8190" + String.format("%08d", i), null, TOKYO));
        }
        List<String> secondary = new ArrayList<>(ids.subList(10, PEOPLE));
        secondary.addAll(ids.subList(0, 10));
        Team team = new Team("sre", "SRE", TOKYO, "JP", null, null, ids, List.of("m0"), List.of(
                new Rotation("sre-primary", Layer.PRIMARY, ids, 1, DayOfWeek.MONDAY, LocalTime.of(10, 0), TOKYO, LocalDate.of(YEAR - 1, 12, 1)),
                new Rotation("sre-secondary", Layer.SECONDARY, secondary, 1, DayOfWeek.MONDAY, LocalTime.of(10, 0), TOKYO, LocalDate.of(YEAR - 1, 12, 1))));
        CompDayPolicy policy = new CompDayPolicy(BigDecimal.ONE, Duration.ofHours(12),
                new CompDayPolicy.ClockIn(Duration.ofHours(4), new BigDecimal("0.50")),
                new CompDayPolicy.NightPages(LocalTime.of(22, 0), LocalTime.of(7, 0), new BigDecimal("0.25"), BigDecimal.ONE),
                new BigDecimal("6"), Duration.ofHours(12));
        OncallConfig config = new OncallConfig(members, List.of(team), Map.of("sre", new TeamReporting(policy, List.of(), null)));

        Random random = new Random(42);
        List<AttendanceRecord> attendance = new ArrayList<>();
        List<IncidentSummary> incidents = new ArrayList<>();
        List<IncidentFact> facts = new ArrayList<>();
        long number = 1;
        for (LocalDate day = LocalDate.of(YEAR, 1, 1); day.getYear() == YEAR; day = day.plusDays(1)) {
            for (String id : ids) {
                if (random.nextInt(7) < 3) {
                    Instant start = day.atTime(8 + random.nextInt(12), random.nextInt(60)).atZone(TOKYO).toInstant();
                    attendance.add(AttendanceRecord.close(new CheckIn(id, "sre", start, "standby"),
                            start.plus(Duration.ofMinutes(30 + random.nextInt(600))), TOKYO));
                }
            }
            for (int p = 0; p < PAGES_PER_DAY; p++) {
                Instant at = day.atStartOfDay(TOKYO).toInstant().plusSeconds(random.nextInt(86400));
                String acknowledger = random.nextBoolean() ? ids.get(random.nextInt(PEOPLE)) : null;
                String paged = acknowledger != null ? acknowledger : ids.get(random.nextInt(PEOPLE));
                facts.add(new IncidentFact(number, "web", "cpu-" + random.nextInt(20), at, acknowledger == null ? null : at.plusSeconds(120),
                        acknowledger, at.plusSeconds(1800), 1, List.of(new PageFact(paged, "slack", at, 0))));
                incidents.add(new IncidentSummary(number++, at, acknowledger,
                        "CPU high on web-" + random.nextInt(100) + ", \"p99\" latency over SLO"));
            }
        }
        attendance.sort((a, b) -> a.start().compareTo(b.start()));

        SpreadsheetSync sync = new SpreadsheetSync(config, new ConfiguredOnCall(), new MemoryAttendance(attendance),
                (teamId, from, to) -> incidents.stream().filter(i -> !i.triggeredAt().isBefore(from) && i.triggeredAt().isBefore(to)).toList(),
                (teamId, from, to) -> facts.stream().filter(i -> !i.triggeredAt().isBefore(from) && i.triggeredAt().isBefore(to)).toList(),
                (teamId, month, files, workbook) -> keep(out, teamId, month, files), target -> null, out);

        Instant now = LocalDate.of(YEAR + 1, 1, 2).atStartOfDay(TOKYO).toInstant();
        // One untimed month first, so class loading and JIT warm-up are visible separately.
        long coldStart = System.nanoTime();
        sync.export(team, YearMonth.of(YEAR, 1), now);
        long coldMs = (System.nanoTime() - coldStart) / 1_000_000;

        long rows = 0;
        long bytes = 0;
        long start = System.nanoTime();
        for (int m = 1; m <= 12; m++) {
            long t = System.nanoTime();
            ExportResult r = sync.export(team, YearMonth.of(YEAR, m), now);
            long monthRows = r.report().shifts().size() + r.report().attendance().size() + r.report().incidents().size()
                    + r.report().awards().size() + r.report().people().size();
            rows += monthRows;
            long monthBytes = size(out.resolve("exports/sre/" + YearMonth.of(YEAR, m)));
            bytes += monthBytes;
            System.out.printf("  %s: %6d rows, %5d KiB, %5d ms%n", YearMonth.of(YEAR, m), monthRows, monthBytes / 1024,
                    (System.nanoTime() - t) / 1_000_000);
        }
        long totalMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("export bench: %d people, year %d, %d attendance records, %d incidents%n", PEOPLE, YEAR, attendance.size(), incidents.size());
        System.out.printf("first month (cold JVM): %d ms%n", coldMs);
        System.out.printf("12 monthly exports: %d rows, %d KiB written (XLSX + 6 CSV each), %d ms total, %d ms per month%n",
                rows, bytes / 1024, totalMs, totalMs / 12);
        System.out.printf("max heap used: %d MiB; files under %s%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024), out);
    }

    private static StoredExport keep(Path out, String teamId, YearMonth month, List<ExportFile> files) {
        Path dir = out.resolve("exports/" + teamId + "/" + month);
        try {
            Files.createDirectories(dir);
            List<String> keys = new ArrayList<>();
            for (ExportFile f : files) {
                Files.copy(f.path(), dir.resolve(f.name()), StandardCopyOption.REPLACE_EXISTING);
                keys.add(f.name());
            }
            return new StoredExport("local", dir.toString(), keys, dir.toUri(), Duration.ZERO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** Attendance held in a list, answering the store's range query. */
    private record MemoryAttendance(List<AttendanceRecord> records) implements AttendanceStore {
        @Override
        public List<AttendanceRecord> attendance(String teamId, Instant from, Instant to) {
            return records.stream().filter(r -> !r.start().isBefore(from) && r.start().isBefore(to)).toList();
        }

        @Override
        public Optional<CheckIn> openCheckIn(String memberId) {
            return Optional.empty();
        }

        @Override
        public ClockInOutcome clockIn(CheckIn checkIn, String requestKey, String answer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ClockOutOutcome clockOut(CheckIn open, AttendanceRecord record, String requestKey, String answer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> earlierAnswer(String requestKey) {
            return Optional.empty();
        }
    }

}
