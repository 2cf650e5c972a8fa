package dev.touban.domain.labor;

import dev.touban.domain.attendance.AttendanceRecord;
import dev.touban.domain.attendance.CheckIn;
import dev.touban.domain.compday.Award;
import dev.touban.domain.compday.CompDayCalculator;
import dev.touban.domain.compday.CompDayPolicy;
import dev.touban.domain.compday.MonthFacts;
import dev.touban.domain.compday.Rule;
import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Team;
import dev.touban.domain.health.IncidentFact;
import dev.touban.domain.holiday.DayKind;
import dev.touban.domain.holiday.HolidayCalendar;
import dev.touban.domain.rotation.Shift;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a labor month in the team's local time (Tokyo, JP), so tests read like a calendar. */
public final class LaborMonth {
    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final Team team;
    private final YearMonth month;
    private final List<Shift> shifts = new ArrayList<>();
    private final List<AttendanceRecord> attendance = new ArrayList<>();
    private final List<IncidentFact> incidents = new ArrayList<>();
    private final List<DayOff> dayOffs = new ArrayList<>();
    private final List<Award> earlier = new ArrayList<>();
    private final Map<String, ZoneId> zones = new HashMap<>();
    private final HolidayCalendar calendar = new HolidayCalendar("JP", List.of());
    private LaborPolicy policy = LaborPolicy.DEFAULT;
    private Instant now;

    public LaborMonth(YearMonth month, String... members) {
        this.team = new Team("sre", "SRE", TOKYO, "JP", null, null, List.of(members), List.of(members[0]), List.of());
        this.month = month;
        this.now = month.plusMonths(1).atDay(1).atTime(9, 0).atZone(TOKYO).toInstant();
        for (String m : members) {
            zones.put(m, TOKYO);
        }
    }

    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TOKYO).toInstant();
    }

    public LaborMonth policy(LaborPolicy p) {
        this.policy = p;
        return this;
    }

    public LaborMonth livesIn(String member, String zone) {
        zones.put(member, ZoneId.of(zone));
        return this;
    }

    public LaborMonth primary(String member, String from, String to) {
        shifts.add(new Shift("sre-primary", Layer.PRIMARY, shifts.size(), member, at(from), at(to)));
        return this;
    }

    public LaborMonth clocked(String member, String from, String to) {
        attendance.add(AttendanceRecord.close(new CheckIn(member, team.id(), at(from), null), at(to), TOKYO));
        return this;
    }

    /** An incident acknowledged by {@code member} at {@code ack} and resolved at {@code resolved} (null: still open). */
    public LaborMonth callOut(long number, String member, String ack, String resolved) {
        incidents.add(new IncidentFact(number, "web", "k" + number, at(ack).minusSeconds(120), at(ack), member,
                resolved == null ? null : at(resolved), 1, List.of()));
        return this;
    }

    /** A day off recorded at {@code recordedAt}: a swap when that is before the worked day, otherwise 代休. */
    public LaborMonth dayOff(String member, String worked, String off, String recordedAt) {
        dayOffs.add(DayOff.record(member, team.id(), LocalDate.parse(worked), LocalDate.parse(off), at(recordedAt), member, TOKYO));
        return this;
    }

    public LaborMonth earnedEarlier(String member, String day, String days) {
        LocalDate d = LocalDate.parse(day);
        earlier.add(new Award(member, d, calendar.kind(d) == DayKind.WORKDAY ? DayKind.WEEKEND : calendar.kind(d), null, Rule.DUTY_DAY,
                new BigDecimal(days), "primary duty 24 h of the day (needs 12 h)"));
        return this;
    }

    public LaborMonth now(String localDateTime) {
        this.now = at(localDateTime);
        return this;
    }

    public LaborReport report() {
        var compDays = CompDayCalculator.calculate(new MonthFacts(team, month, calendar, CompDayPolicy.DEFAULT, shifts, attendance,
                List.of(), List.of(), now));
        return LaborCalculator.calculate(new LaborFacts(compDays, calendar, policy, zones, incidents, dayOffs, earlier,
                CompDayPolicy.DEFAULT.checkInMaximum(), now));
    }
}
