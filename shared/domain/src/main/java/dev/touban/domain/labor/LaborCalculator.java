package dev.touban.domain.labor;

import dev.touban.domain.compday.Award;
import dev.touban.domain.compday.MonthReport;
import dev.touban.domain.compday.ReportLines.ShiftLine;
import dev.touban.domain.config.Layer;
import dev.touban.domain.labor.LaborReport.CompDayLot;
import dev.touban.domain.labor.LaborReport.DayOffLine;
import dev.touban.domain.labor.LaborReport.Figure;
import dev.touban.domain.labor.LaborReport.LotStatus;
import dev.touban.domain.labor.LaborReport.PersonLabor;
import dev.touban.domain.labor.LaborReport.TraceLine;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes the labor-law view of a team's month, a pure function of {@link LaborFacts}:
 * <ul>
 *   <li>standby days: each local day of the team's zone goes to whoever held primary duty for most
 *       of it, counted by kind (legal holiday, else public holiday, else weekend, else weekday);</li>
 *   <li>call-out work ({@link CallOutStretches}) in minutes, cut by the worker's own local day and
 *       night window ({@link WorkPieces}) into the four premium buckets;</li>
 *   <li>a worked day swapped in advance (振替休日) is an ordinary working day for that member; a 代休
 *       granted afterwards leaves the legal-holiday minutes of its worked day owed;</li>
 *   <li>days worked on the legal holiday (the 36 agreement counts them) and comp-day balances with
 *       their expiry ({@link CompDayBalances}).</li>
 * </ul>
 * Every figure is the sum of its trace lines.
 */
public final class LaborCalculator {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE uuuu-MM-dd", Locale.ENGLISH);
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private LaborCalculator() {}

    public static LaborReport calculate(LaborFacts facts) {
        return new Run(facts).report();
    }

    private static final class Run {
        private final LaborFacts f;
        private final MonthReport m;
        private final LaborPolicy policy;
        private final ZoneId zone;
        private final Instant until;
        private final Map<String, DayOff> byWorkedDay = new HashMap<>();
        private final Set<String> people = new LinkedHashSet<>();
        private final List<TraceLine> trace = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        Run(LaborFacts f) {
            this.f = f;
            this.m = f.compDays();
            this.policy = f.policy();
            this.zone = m.zone();
            this.until = f.now().isBefore(m.to()) ? f.now() : m.to();
            for (DayOff d : f.dayOffs()) {
                byWorkedDay.put(d.memberId() + "|" + d.workedDay(), d);
            }
            m.people().forEach(p -> people.add(p.memberId()));
        }

        LaborReport report() {
            standbyDays();
            callOutWork();
            legalHolidayWorkDays();
            LocalDate asOf = LocalDateTime.ofInstant(until, zone).toLocalDate();
            List<Award> awards = new ArrayList<>(f.earlierAwards());
            awards.addAll(m.awards());
            List<CompDayLot> lots = CompDayBalances.of(awards, f.dayOffs(), policy, m.month(), asOf, notes);
            List<DayOffLine> dayOffs = dayOffLines();
            trace.sort(Comparator.comparing(TraceLine::memberId).thenComparing(l -> l.figure().ordinal())
                    .thenComparing(TraceLine::day).thenComparing(TraceLine::start));
            lots.forEach(l -> people.add(l.memberId()));
            List<PersonLabor> persons = new ArrayList<>();
            for (String member : people) {
                persons.add(person(member, lots, dayOffs));
            }
            Set<String> zones = new TreeSet<>();
            f.memberZones().forEach((member, z) -> {
                if (people.contains(member) && !z.equals(zone)) {
                    zones.add(member + " works in " + z);
                }
            });
            if (!zones.isEmpty()) {
                notes.add("Night and the legal holiday are judged by each worker's own clock: " + String.join(", ", zones)
                        + "; times in the sheets are " + zone + ".");
            }
            if (until.isBefore(m.to())) {
                notes.add("Partial month: figures run up to " + LocalDateTime.ofInstant(until, zone).withNano(0) + " " + zone + ".");
            }
            return new LaborReport(m.teamId(), m.month(), zone, m.from(), until, until.isBefore(m.to()), asOf, policy.describe(),
                    persons, trace, dayOffs, lots, notes);
        }

        private Optional<DayOff> swap(String member, LocalDate day) {
            return Optional.ofNullable(byWorkedDay.get(member + "|" + day)).filter(d -> d.kind() == DayOffKind.SWAP);
        }

        private boolean legalHoliday(String member, LocalDate day) {
            return day.getDayOfWeek() == policy.legalHoliday() && swap(member, day).isEmpty();
        }

        private void standbyDays() {
            List<ShiftLine> primary = m.shifts().stream().filter(s -> s.shift().layer() == Layer.PRIMARY).toList();
            LocalDate last = LocalDateTime.ofInstant(until.minusNanos(1), zone).toLocalDate();
            for (LocalDate day = m.month().atDay(1); !day.isAfter(last); day = day.plusDays(1)) {
                Instant a = day.atStartOfDay(zone).toInstant();
                Instant b = day.plusDays(1).atStartOfDay(zone).toInstant();
                Map<String, Duration> covered = new LinkedHashMap<>();
                for (ShiftLine s : primary) {
                    Instant x = s.shift().start().isAfter(a) ? s.shift().start() : a;
                    Instant y = s.shift().end().isBefore(b) ? s.shift().end() : b;
                    if (x.isBefore(y)) {
                        covered.merge(s.shift().memberId(), Duration.between(x, y), Duration::plus);
                    }
                }
                String best = null;
                for (var e : covered.entrySet()) {
                    if (best == null || e.getValue().compareTo(covered.get(best)) > 0) {
                        best = e.getKey();
                    }
                }
                if (best == null) {
                    continue;
                }
                people.add(best);
                StandbyKind kind = standbyKind(best, day);
                trace.add(new TraceLine(best, Figure.STANDBY_DAY, day, a, b, 1, kind.label(), null,
                        "primary duty " + hours(covered.get(best)) + " of the day, the most that day; " + dayText(best, day)));
            }
        }

        private StandbyKind standbyKind(String member, LocalDate day) {
            if (legalHoliday(member, day)) {
                return StandbyKind.LEGAL_HOLIDAY;
            }
            if (swap(member, day).isPresent()) {
                return StandbyKind.WEEKDAY;
            }
            if (f.calendar().holiday(day).isPresent()) {
                return StandbyKind.PUBLIC_HOLIDAY;
            }
            DayOfWeek dow = day.getDayOfWeek();
            return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? StandbyKind.WEEKEND : StandbyKind.WEEKDAY;
        }

        /** The day in words with why it counts as it does: "Sun 2026-11-22, legal holiday (also 勤労感謝の日)". */
        private String dayText(String member, LocalDate day) {
            StringBuilder s = new StringBuilder(DAY.format(day));
            Optional<String> holiday = f.calendar().holiday(day);
            Optional<DayOff> swapped = swap(member, day);
            if (swapped.isPresent()) {
                s.append(", swapped in advance for ").append(swapped.get().dayOff())
                        .append(" (振替休日 recorded ").append(swapped.get().recordedAt().atZone(zone).toLocalDate())
                        .append("): an ordinary working day");
            } else if (legalHoliday(member, day)) {
                s.append(", legal holiday");
            }
            holiday.ifPresent(h -> s.append(swapped.isPresent() || legalHoliday(member, day) ? " (also public holiday " + h + ")"
                    : ", public holiday " + h));
            return s.toString();
        }

        private void callOutWork() {
            for (CallOutStretches.Stretch st : CallOutStretches.of(f, m.from(), until, notes)) {
                people.add(st.memberId());
                ZoneId own = f.zoneOf(st.memberId());
                for (WorkPieces.Piece p : WorkPieces.split(st.start(), st.end(), own, policy)) {
                    long minutes = Duration.between(p.start(), p.end()).toMinutes();
                    if (minutes == 0) {
                        continue;
                    }
                    WorkBucket bucket = WorkBucket.of(legalHoliday(st.memberId(), p.day()), p.night());
                    String local = own.equals(zone) ? "" : "; " + HM.format(p.start().atZone(own)) + "-" + HM.format(p.end().atZone(own))
                            + " in " + own;
                    trace.add(new TraceLine(st.memberId(), Figure.CALL_OUT, p.day(), p.start(), p.end(), minutes, bucket.label(),
                            policy.premiums().rate(bucket), st.source() + "; " + dayText(st.memberId(), p.day())
                                    + (p.night() ? ", night (" + policy.nightFrom() + "-" + policy.nightTo() + ")" : "") + local));
                }
            }
        }

        private void legalHolidayWorkDays() {
            Map<String, Long> byDay = new LinkedHashMap<>();
            Map<String, TraceLine> first = new HashMap<>();
            for (TraceLine l : List.copyOf(trace)) {
                if (l.figure() == Figure.CALL_OUT && legalHoliday(l.memberId(), l.day())) {
                    String key = l.memberId() + "|" + l.day();
                    byDay.merge(key, l.amount(), Long::sum);
                    first.putIfAbsent(key, l);
                }
            }
            byDay.forEach((key, minutes) -> {
                TraceLine l = first.get(key);
                trace.add(new TraceLine(l.memberId(), Figure.LEGAL_HOLIDAY_WORK_DAY, l.day(), l.day().atStartOfDay(f.zoneOf(l.memberId())).toInstant(),
                        l.day().plusDays(1).atStartOfDay(f.zoneOf(l.memberId())).toInstant(), 1, "legal holiday", policy.premiums().legalHoliday(),
                        minutes + " min of call-out work on " + dayText(l.memberId(), l.day())));
            });
        }

        private long legalMinutes(String member, LocalDate day) {
            return trace.stream().filter(l -> l.figure() == Figure.CALL_OUT && l.memberId().equals(member) && l.day().equals(day)
                    && legalHoliday(member, day)).mapToLong(TraceLine::amount).sum();
        }

        private List<DayOffLine> dayOffLines() {
            LocalDate first = m.month().atDay(1);
            LocalDate last = m.month().atEndOfMonth();
            List<DayOffLine> lines = new ArrayList<>();
            for (DayOff d : f.dayOffs()) {
                boolean worked = !d.workedDay().isBefore(first) && !d.workedDay().isAfter(last);
                boolean off = !d.dayOff().isBefore(first) && !d.dayOff().isAfter(last);
                if (!worked && !off) {
                    continue;
                }
                people.add(d.memberId());
                long minutes = worked ? legalMinutes(d.memberId(), d.workedDay()) : 0;
                boolean owed = d.kind() == DayOffKind.COMPENSATORY && minutes > 0;
                String detail;
                if (d.kind() == DayOffKind.SWAP) {
                    detail = "recorded before the worked day: " + d.workedDay() + " is an ordinary working day for this member"
                            + " (no legal-holiday premium; overtime rules may still apply and are not computed here)";
                } else if (d.workedDay().getDayOfWeek() != policy.legalHoliday()) {
                    detail = "granted on or after the worked day; " + d.workedDay() + " is not the legal holiday, so no legal-holiday premium arises";
                } else if (!worked) {
                    detail = "granted on or after the worked day; its premium belongs to the month of " + d.workedDay();
                } else {
                    detail = owed ? "granted on or after the worked day: the " + LaborPolicy.pct(policy.premiums().legalHoliday())
                            + " legal-holiday premium for " + minutes + " min is still owed"
                            : "granted on or after the worked day; no call-out work was recorded on it";
                }
                lines.add(new DayOffLine(d, minutes, owed, detail));
            }
            lines.sort(Comparator.comparing((DayOffLine l) -> l.dayOff().memberId()).thenComparing(l -> l.dayOff().workedDay()));
            return lines;
        }

        private PersonLabor person(String member, List<CompDayLot> lots, List<DayOffLine> dayOffs) {
            Map<StandbyKind, Integer> standby = new EnumMap<>(StandbyKind.class);
            Map<WorkBucket, Long> minutes = new EnumMap<>(WorkBucket.class);
            int legalDays = 0;
            for (TraceLine l : trace) {
                if (!l.memberId().equals(member)) {
                    continue;
                }
                switch (l.figure()) {
                    case STANDBY_DAY -> standby.merge(kindOf(l.kind()), 1, Integer::sum);
                    case CALL_OUT -> minutes.merge(bucketOf(l.kind()), l.amount(), Long::sum);
                    case LEGAL_HOLIDAY_WORK_DAY -> legalDays++;
                }
            }
            long owed = dayOffs.stream().filter(d -> d.dayOff().memberId().equals(member) && d.premiumOwed())
                    .mapToLong(DayOffLine::legalHolidayMinutes).sum();
            BigDecimal balance = BigDecimal.ZERO.setScale(2);
            BigDecimal soon = BigDecimal.ZERO.setScale(2);
            for (CompDayLot l : lots) {
                if (l.memberId().equals(member)) {
                    balance = balance.add(l.remaining());
                    if (l.status() == LotStatus.LAPSES_SOON) {
                        soon = soon.add(l.remaining());
                    }
                }
            }
            return new PersonLabor(member, standby, minutes, legalDays, owed, balance, soon);
        }

        private static StandbyKind kindOf(String label) {
            for (StandbyKind k : StandbyKind.values()) {
                if (k.label().equals(label)) {
                    return k;
                }
            }
            throw new IllegalStateException(label);
        }

        private static WorkBucket bucketOf(String label) {
            for (WorkBucket b : WorkBucket.values()) {
                if (b.label().equals(label)) {
                    return b;
                }
            }
            throw new IllegalStateException(label);
        }

        private static String hours(Duration d) {
            long minutes = d.toMinutes();
            return minutes % 60 == 0 ? (minutes / 60) + " h" : (minutes / 60) + " h " + (minutes % 60) + " min";
        }
    }
}
