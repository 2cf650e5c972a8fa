package dev.touban.sync;

import dev.touban.domain.attendance.AttendanceRecord;
import dev.touban.domain.attendance.AttendanceStore;
import dev.touban.domain.attendance.CheckIn;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.Layer;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.export.IncidentSummary;
import dev.touban.domain.health.IncidentFact;
import dev.touban.domain.labor.DayOff;
import dev.touban.domain.rotation.OnCallLookup;
import dev.touban.domain.rotation.Shift;
import dev.touban.sync.store.ExportFile;
import dev.touban.sync.store.StoredExport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The worked example of the labor-law view (docs/spreadsheet-export.md): team sre in November
 * 2026, Tokyo, legal holiday Sunday, comp days lapsing 45 days after they are earned, warned
 * 14 days ahead. Alice and Bob work in Tokyo, Dave in Los Angeles.
 * <ul>
 *   <li>Primary duty: Bob 5-12 Oct, Alice 26 Oct-9 Nov, Bob 9-16 Nov, Alice 16-23 Nov, Dave 23-30 Nov, Bob from 30 Nov (10:00 handoffs).</li>
 *   <li>#101: Alice, Saturday 21st 23:00 to Sunday 01:30 (across midnight into the legal holiday).</li>
 *   <li>Alice clocks in Tuesday 17th 04:10-06:40 (across 05:00).</li>
 *   <li>#102: Bob, Sunday 15th 09:00-10:00; on Monday 16th he records Wednesday 18th off for it: too late for a swap, so 代休.</li>
 *   <li>Alice records on Friday 20th a swap of Sunday 29th for Wednesday 2 December (振替休日), then clocks in on the 29th 10:00-12:00.</li>
 *   <li>#104: Dave, Monday 23rd (勤労感謝の日) 03:00-04:00 in Tokyo, which is Sunday 22nd 10:00-11:00 in Los Angeles.</li>
 *   <li>#103: Dave, Sunday 29th 15:00-16:30 in Tokyo, which is Saturday 22:00-23:30 in Los Angeles.</li>
 * </ul>
 */
final class LaborWorkedMonth {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final Instant NOW = Instant.parse("2026-12-01T00:05:00Z");
    static final String CONFIG = """
            members:
              - { id: alice, name: Alice Sato, slack: U01ALICE, phone: "+819012345678", timeZone: Asia/Tokyo }
              - { id: bob, name: Bob Tanaka, slack: U02BOB, phone: "+819023456789", timeZone: Asia/Tokyo }
              - { id: dave, name: Dave Ito, slack: U04DAVE, phone: "+14155550104", timeZone: America/Los_Angeles }
            labor:
              legalHoliday: sunday
              premiums: { night: 25, legalHoliday: 35, legalHolidayNight: 60 }
              nightHours: "22:00-05:00"
              compDayExpiry: P45D
              warnDaysBefore: 14
            teams:
              - { id: sre, name: SRE, timeZone: Asia/Tokyo, country: JP, members: [alice, bob, dave], admins: [alice] }
            """;

    final OncallConfig config;
    final Team team;
    final List<Shift> shifts = new ArrayList<>();
    final List<AttendanceRecord> attendance = new ArrayList<>();
    final List<IncidentFact> incidents = new ArrayList<>();
    final List<DayOff> dayOffs = new ArrayList<>();

    LaborWorkedMonth() {
        this(CONFIG);
    }

    /** The same month under another roster (the same members and team, say with another language). */
    LaborWorkedMonth(String yaml) {
        config = ConfigLoader.parse("oncall.yaml", yaml);
        team = config.team("sre").orElseThrow();
        primary("bob", "2026-10-05T10:00", "2026-10-12T10:00");
        primary("alice", "2026-10-26T10:00", "2026-11-09T10:00");
        primary("bob", "2026-11-09T10:00", "2026-11-16T10:00");
        primary("alice", "2026-11-16T10:00", "2026-11-23T10:00");
        primary("dave", "2026-11-23T10:00", "2026-11-30T10:00");
        primary("bob", "2026-11-30T10:00", "2026-12-07T10:00");
        callOut(101, "alice", "2026-11-21T23:00", "2026-11-22T01:30");
        clocked("alice", "2026-11-17T04:10", "2026-11-17T06:40");
        callOut(102, "bob", "2026-11-15T09:00", "2026-11-15T10:00");
        dayOff("bob", "2026-11-15", "2026-11-18", "2026-11-16T09:00");
        dayOff("alice", "2026-11-29", "2026-12-02", "2026-11-20T10:00");
        clocked("alice", "2026-11-29T10:00", "2026-11-29T12:00");
        callOut(104, "dave", "2026-11-23T03:00", "2026-11-23T04:00");
        callOut(103, "dave", "2026-11-29T15:00", "2026-11-29T16:30");
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(TOKYO).toInstant();
    }

    private void primary(String member, String from, String to) {
        shifts.add(new Shift("sre-primary", Layer.PRIMARY, shifts.size(), member, at(from), at(to)));
    }

    private void clocked(String member, String from, String to) {
        attendance.add(AttendanceRecord.close(new CheckIn(member, "sre", at(from), null), at(to), TOKYO));
    }

    private void callOut(long number, String member, String ack, String resolved) {
        incidents.add(new IncidentFact(number, "web", "k" + number, at(ack).minusSeconds(180), at(ack), member, at(resolved), 1, List.of()));
    }

    private void dayOff(String member, String worked, String off, String recordedAt) {
        dayOffs.add(DayOff.record(member, "sre", LocalDate.parse(worked), LocalDate.parse(off), at(recordedAt), member, TOKYO));
    }

    /** The export as production runs it, over in-memory ports; the files land in {@code out}. */
    SpreadsheetSync sync(Path out) {
        OnCallLookup onCall = new OnCallLookup() {
            @Override
            public Optional<Shift> onCallAt(Team t, Layer layer, Instant at) {
                return shifts.stream().filter(s -> s.layer() == layer && s.covers(at)).findFirst();
            }

            @Override
            public List<Shift> shifts(Team t, Layer layer, Instant from, Instant to) {
                return shifts.stream().filter(s -> s.layer() == layer && s.start().isBefore(to) && s.end().isAfter(from)).toList();
            }
        };
        AttendanceStore store = new AttendanceStore() {
            @Override
            public ClockInOutcome clockIn(CheckIn checkIn, String requestKey, String answer) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<CheckIn> openCheckIn(String memberId) {
                return Optional.empty();
            }

            @Override
            public ClockOutOutcome clockOut(CheckIn open, AttendanceRecord record, String requestKey, String answer) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<String> earlierAnswer(String requestKey) {
                return Optional.empty();
            }

            @Override
            public List<AttendanceRecord> attendance(String teamId, Instant from, Instant to) {
                return attendance.stream().filter(a -> !a.start().isBefore(from) && a.start().isBefore(to)).toList();
            }
        };
        return new SpreadsheetSync(config, onCall, store,
                (teamId, from, to) -> incidents.stream().filter(i -> !i.triggeredAt().isBefore(from) && i.triggeredAt().isBefore(to))
                        .map(i -> new IncidentSummary(i.number(), i.triggeredAt(), i.acknowledgedBy(), "incident " + i.number())).toList(),
                (teamId, from, to) -> incidents.stream().filter(i -> !i.triggeredAt().isBefore(from) && i.triggeredAt().isBefore(to)).toList(),
                (teamId, from, to) -> dayOffs.stream().filter(d -> !d.workedDay().isBefore(from) && !d.workedDay().isAfter(to)).toList(),
                (teamId, month, files, workbook) -> keep(out, files), target -> null, out);
    }

    private static StoredExport keep(Path out, List<ExportFile> files) {
        try {
            List<String> names = new ArrayList<>();
            for (ExportFile f : files) {
                Files.copy(f.path(), out.resolve(f.name()), StandardCopyOption.REPLACE_EXISTING);
                names.add(f.name());
            }
            return new StoredExport("local", out.toString(), names, out.toUri(), Duration.ZERO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
