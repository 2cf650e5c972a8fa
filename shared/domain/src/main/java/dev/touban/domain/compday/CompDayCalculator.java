package dev.touban.domain.compday;

import dev.touban.domain.attendance.AttendanceRecord;
import dev.touban.domain.attendance.CheckIn;
import dev.touban.domain.compday.ReportLines.AttendanceLine;
import dev.touban.domain.compday.ReportLines.IncidentLine;
import dev.touban.domain.compday.ReportLines.ShiftLine;
import dev.touban.domain.config.Layer;
import dev.touban.domain.export.IncidentSummary;
import dev.touban.domain.holiday.DayKind;
import dev.touban.domain.rotation.Shift;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes a team's comp-day report for a month from facts alone: a pure function of
 * {@link MonthFacts}. Days are the team's local calendar days; a day counts for a person
 * when the policy's thresholds are met within that day, so a shift or check-in crossing
 * midnight is split at midnight, and a day cut short or lengthened by DST is its real length.
 */
public final class CompDayCalculator {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private CompDayCalculator() {}

    public static MonthReport calculate(MonthFacts facts) {
        return new Run(facts).report();
    }

    private static final class Run {
        private final MonthFacts f;
        private final ZoneId zone;
        private final Instant from;
        private final Instant to;
        private final Instant until;
        private final CompDayPolicy policy;
        private final Map<LocalDate, Map<String, Duration>> duty = new TreeMap<>();
        private final Map<LocalDate, Map<String, Duration>> clocked = new TreeMap<>();
        private final Map<String, List<Award>> awards = new HashMap<>();
        private final Map<String, Integer> nightPages = new HashMap<>();
        private final Set<String> people = new LinkedHashSet<>();
        private final List<String> notes = new ArrayList<>();

        Run(MonthFacts f) {
            this.f = f;
            this.zone = f.team().timeZone();
            this.from = f.month().atDay(1).atStartOfDay(zone).toInstant();
            this.to = f.month().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
            this.until = f.now().isBefore(to) ? f.now() : to;
            this.policy = f.policy();
            people.addAll(f.team().memberIds());
        }

        MonthReport report() {
            for (Shift s : primaryShifts()) {
                people.add(s.memberId());
                spread(s.memberId(), s.start(), s.end(), duty);
            }
            List<AttendanceLine> attendance = attendance();
            Map<String, int[]> dayCounts = dutyDays();
            clockInAwards();
            List<IncidentLine> incidents = nightPageAwards();
            List<PersonMonth> persons = new ArrayList<>();
            for (String member : orderedPeople()) {
                List<Award> list = new ArrayList<>(awards.getOrDefault(member, List.of()));
                list.sort(Comparator.comparing(Award::day).thenComparing(Award::rule));
                capNightPages(member, list);
                BigDecimal total = sum(list);
                if (policy.maxDaysPerMonth() != null && total.compareTo(policy.maxDaysPerMonth()) > 0) {
                    list.add(new Award(member, f.month().atEndOfMonth(), null, null, Rule.MONTH_CAP,
                            policy.maxDaysPerMonth().subtract(total),
                            "earned " + plain(total) + "; at most " + CompDayPolicy.days(policy.maxDaysPerMonth()) + " a month"));
                    total = policy.maxDaysPerMonth();
                }
                int[] counts = dayCounts.getOrDefault(member, new int[3]);
                persons.add(new PersonMonth(member, counts[0], counts[1], counts[2], clockedTotal(member),
                        nightPages.getOrDefault(member, 0), total.setScale(2), list));
            }
            if (f.shifts().stream().noneMatch(s -> s.layer() == Layer.PRIMARY && s.start().isBefore(until) && s.end().isAfter(from))) {
                notes.add("Nobody was on primary duty in " + f.month() + ".");
            }
            if (until.isBefore(to)) {
                notes.add("Partial month: figures run up to " + f.now().atZone(zone).toLocalDateTime().withNano(0) + " " + zone + ".");
            }
            if (!f.calendar().hasBuiltInPublicHolidays()) {
                notes.add("Public holidays for " + (f.calendar().country() == null ? "this team" : f.calendar().country())
                        + " are not built in: only the holidays listed in oncall.yaml count.");
            }
            return new MonthReport(f.team().id(), f.team().name(), f.month(), zone, from, to, until.isBefore(to),
                    policy.describe(), f.calendar().between(f.month().atDay(1), f.month().atEndOfMonth()),
                    persons, shiftLines(), attendance, incidents, notes);
        }

        private List<Shift> primaryShifts() {
            return f.shifts().stream().filter(s -> s.layer() == Layer.PRIMARY).toList();
        }

        /** Adds the part of [start, end) inside the month (up to now) to each local day it touches. */
        private void spread(String member, Instant start, Instant end, Map<LocalDate, Map<String, Duration>> into) {
            Instant s = start.isBefore(from) ? from : start;
            Instant e = end.isAfter(until) ? until : end;
            while (s.isBefore(e)) {
                LocalDate day = s.atZone(zone).toLocalDate();
                Instant next = day.plusDays(1).atStartOfDay(zone).toInstant();
                Instant stop = next.isBefore(e) ? next : e;
                into.computeIfAbsent(day, d -> new LinkedHashMap<>()).merge(member, Duration.between(s, stop), Duration::plus);
                s = stop;
            }
        }

        /** {member: [days with duty, weekend duty days, holiday duty days]}, and the duty-day awards. */
        private Map<String, int[]> dutyDays() {
            Map<String, int[]> counts = new HashMap<>();
            duty.forEach((day, byMember) -> byMember.forEach((member, covered) -> {
                if (covered.isZero()) {
                    return;
                }
                int[] c = counts.computeIfAbsent(member, m -> new int[3]);
                c[0]++;
                DayKind kind = f.calendar().kind(day);
                if (kind.restDay() && covered.compareTo(policy.dutyDayMinimum()) >= 0) {
                    c[kind == DayKind.WEEKEND ? 1 : 2]++;
                    award(member, day, Rule.DUTY_DAY, policy.dutyDayDays(), "primary duty " + CompDayPolicy.hours(covered)
                            + " of the day (needs " + CompDayPolicy.hours(policy.dutyDayMinimum()) + ")");
                }
            }));
            return counts;
        }

        private List<AttendanceLine> attendance() {
            List<AttendanceLine> lines = new ArrayList<>();
            Duration max = policy.checkInMaximum();
            for (AttendanceRecord r : f.attendance()) {
                Instant cap = r.start().plus(max);
                Instant counted = r.end().isAfter(cap) ? cap : r.end();
                String flag = r.end().isAfter(cap) ? "checked out after " + CompDayPolicy.hours(r.duration())
                        + "; counted " + CompDayPolicy.hours(max) + " (the maximum)" : null;
                line(lines, r.memberId(), r.start(), r.end(), counted, r.note(), flag);
            }
            for (CheckIn c : f.openCheckIns()) {
                if (!c.teamId().equals(f.team().id())) {
                    continue;
                }
                Instant cap = c.start().plus(max);
                boolean overdue = !cap.isAfter(f.now());
                Instant counted = overdue ? cap : f.now();
                String flag = overdue ? "left open; closed at the " + CompDayPolicy.hours(max) + " maximum"
                        : "still open at the time of the report; counted up to then";
                line(lines, c.memberId(), c.start(), null, counted, c.note(), flag);
            }
            lines.sort(Comparator.comparing(AttendanceLine::start).thenComparing(AttendanceLine::memberId));
            return lines;
        }

        private void line(List<AttendanceLine> lines, String member, Instant start, Instant end, Instant counted, String note, String flag) {
            if (!start.isBefore(until) || !counted.isAfter(from)) {
                return;
            }
            people.add(member);
            spread(member, start, counted, clocked);
            Instant s = start.isBefore(from) ? from : start;
            Instant e = counted.isAfter(until) ? until : counted;
            LocalDate day = start.atZone(zone).toLocalDate();
            lines.add(new AttendanceLine(member, start, end, counted, Duration.between(s, e), day, f.calendar().kind(day), note, flag));
        }

        private void clockInAwards() {
            if (policy.clockIn() == null) {
                return;
            }
            clocked.forEach((day, byMember) -> {
                if (!f.calendar().kind(day).restDay()) {
                    return;
                }
                byMember.forEach((member, worked) -> {
                    if (worked.compareTo(policy.clockIn().minimum()) >= 0) {
                        award(member, day, Rule.CLOCK_IN, policy.clockIn().days(), "clocked in " + CompDayPolicy.hours(worked)
                                + " that day (needs " + CompDayPolicy.hours(policy.clockIn().minimum()) + ")");
                    }
                });
            });
        }

        private List<IncidentLine> nightPageAwards() {
            List<IncidentLine> lines = new ArrayList<>();
            for (IncidentSummary i : f.incidents()) {
                if (i.triggeredAt().isBefore(from) || !i.triggeredAt().isBefore(until)) {
                    continue;
                }
                var local = i.triggeredAt().atZone(zone);
                boolean night = policy.nightPages() != null && policy.nightPages().isNight(local.toLocalTime());
                String credited = i.acknowledgedBy() != null ? i.acknowledgedBy() : primaryAt(i.triggeredAt());
                if (night && credited != null) {
                    people.add(credited);
                    nightPages.merge(credited, 1, Integer::sum);
                    award(credited, local.toLocalDate(), Rule.NIGHT_PAGE, policy.nightPages().days(), "incident #" + i.number()
                            + " paged at " + HM.format(local) + (i.acknowledgedBy() != null ? ", acknowledged" : ", unacknowledged; primary on duty"));
                }
                lines.add(new IncidentLine(i, night ? credited : null, night));
            }
            return lines;
        }

        private String primaryAt(Instant t) {
            return primaryShifts().stream().filter(s -> s.covers(t)).map(Shift::memberId).findFirst().orElse(null);
        }

        private void capNightPages(String member, List<Award> list) {
            var night = policy.nightPages();
            if (night == null || night.maxDaysPerMonth() == null) {
                return;
            }
            BigDecimal earned = sum(list.stream().filter(a -> a.rule() == Rule.NIGHT_PAGE).toList());
            if (earned.compareTo(night.maxDaysPerMonth()) > 0) {
                list.add(new Award(member, f.month().atEndOfMonth(), null, null, Rule.NIGHT_PAGE_CAP,
                        night.maxDaysPerMonth().subtract(earned),
                        "night pages earned " + plain(earned) + "; at most " + CompDayPolicy.days(night.maxDaysPerMonth()) + " a month"));
            }
        }

        private void award(String member, LocalDate day, Rule rule, BigDecimal days, String detail) {
            if (days.signum() == 0) {
                return;
            }
            DayKind kind = f.calendar().kind(day);
            awards.computeIfAbsent(member, m -> new ArrayList<>())
                    .add(new Award(member, day, kind, f.calendar().holiday(day).orElse(null), rule, days, detail));
        }

        private Duration clockedTotal(String member) {
            return clocked.values().stream().map(m -> m.getOrDefault(member, Duration.ZERO)).reduce(Duration.ZERO, Duration::plus);
        }

        private List<ShiftLine> shiftLines() {
            List<ShiftLine> lines = new ArrayList<>();
            for (Shift s : f.shifts()) {
                Instant a = s.start().isBefore(from) ? from : s.start();
                Instant b = s.end().isAfter(to) ? to : s.end();
                if (!a.isBefore(b)) {
                    continue;
                }
                int credited = 0;
                if (s.layer() == Layer.PRIMARY) {
                    for (Award award : awards.getOrDefault(s.memberId(), List.of())) {
                        Instant dayStart = award.day().atStartOfDay(zone).toInstant();
                        Instant dayEnd = award.day().plusDays(1).atStartOfDay(zone).toInstant();
                        if (award.rule() == Rule.DUTY_DAY && s.start().isBefore(dayEnd) && s.end().isAfter(dayStart)) {
                            credited++;
                        }
                    }
                }
                lines.add(new ShiftLine(s, Duration.between(a, b), credited));
            }
            lines.sort(Comparator.comparing((ShiftLine l) -> l.shift().start()).thenComparing(l -> l.shift().layer()));
            return lines;
        }

        private List<String> orderedPeople() {
            List<String> ordered = new ArrayList<>(f.team().memberIds());
            people.stream().filter(p -> !ordered.contains(p)).sorted().forEach(ordered::add);
            return ordered;
        }

        private static BigDecimal sum(List<Award> list) {
            return list.stream().map(Award::days).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        private static String plain(BigDecimal d) {
            return CompDayPolicy.days(d);
        }
    }
}
