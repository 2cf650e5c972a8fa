package dev.touban.domain.labor;

import dev.touban.domain.compday.ReportLines.AttendanceLine;
import dev.touban.domain.health.IncidentFact;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A month's call-out work as stretches that never overlap for one member: clock-in to clock-out
 * (as counted by the comp-day report, so a check-in left open is cut at its maximum), then, from
 * acknowledging a page to resolving it, whatever no clock-in (or earlier incident) of the same
 * member already covers. An incident still unresolved counts up to the report time, at most
 * {@code openMaximum} after it was acknowledged.
 */
final class CallOutStretches {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ENGLISH);

    /** [start, end) of one member's work, with where it comes from in words. */
    record Stretch(String memberId, Instant start, Instant end, String source) {}

    private CallOutStretches() {}

    static List<Stretch> of(LaborFacts f, Instant from, Instant until, List<String> notes) {
        ZoneId zone = f.compDays().zone();
        Map<String, List<Instant[]>> covered = new HashMap<>();
        List<Stretch> out = new ArrayList<>();
        List<AttendanceLine> clockIns = new ArrayList<>(f.compDays().attendance());
        clockIns.sort(Comparator.comparing(AttendanceLine::start));
        for (AttendanceLine a : clockIns) {
            String source = "clock-in " + AT.format(a.start().atZone(zone)) + " to "
                    + (a.end() == null ? "(open) counted to " : a.end().equals(a.countedEnd()) ? "" : "(" + AT.format(a.end().atZone(zone)) + ") counted to ")
                    + AT.format(a.countedEnd().atZone(zone));
            add(out, covered, a.memberId(), a.start(), a.countedEnd(), from, until, source);
        }
        List<IncidentFact> incidents = new ArrayList<>(f.incidents());
        incidents.sort(Comparator.comparing(IncidentFact::acknowledgedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        for (IncidentFact i : incidents) {
            if (i.acknowledgedBy() == null || i.acknowledgedAt() == null) {
                continue;
            }
            Instant end = i.resolvedAt();
            String source = "incident #" + i.number() + " acknowledged " + AT.format(i.acknowledgedAt().atZone(zone));
            if (end == null) {
                Instant cap = i.acknowledgedAt().plus(f.openCallOutMaximum());
                end = cap.isBefore(until) ? cap : until;
                source += ", unresolved: counted to " + AT.format(end.atZone(zone));
                notes.add("Incident #" + i.number() + " was unresolved at the time of the report; its call-out work is counted up to "
                        + AT.format(end.atZone(zone)) + " (" + zone + ").");
            } else {
                source += ", resolved " + AT.format(end.atZone(zone));
            }
            add(out, covered, i.acknowledgedBy(), i.acknowledgedAt(), end, from, until, source + " (not covered by a clock-in)");
        }
        out.sort(Comparator.comparing(Stretch::memberId).thenComparing(Stretch::start));
        return out;
    }

    /** Adds the part of [start, end) inside [from, until) that the member's earlier stretches do not cover. */
    private static void add(List<Stretch> out, Map<String, List<Instant[]>> covered, String member, Instant start, Instant end,
            Instant from, Instant until, String source) {
        Instant s = start.isBefore(from) ? from : start;
        Instant e = end.isAfter(until) ? until : end;
        if (!s.isBefore(e)) {
            return;
        }
        List<Instant[]> taken = covered.computeIfAbsent(member, m -> new ArrayList<>());
        List<Instant[]> free = new ArrayList<>();
        free.add(new Instant[] {s, e});
        for (Instant[] t : taken) {
            List<Instant[]> next = new ArrayList<>();
            for (Instant[] p : free) {
                if (!t[1].isAfter(p[0]) || !t[0].isBefore(p[1])) {
                    next.add(p);
                    continue;
                }
                if (p[0].isBefore(t[0])) {
                    next.add(new Instant[] {p[0], t[0]});
                }
                if (t[1].isBefore(p[1])) {
                    next.add(new Instant[] {t[1], p[1]});
                }
            }
            free = next;
        }
        for (Instant[] p : free) {
            out.add(new Stretch(member, p[0], p[1], source));
            taken.add(p);
        }
    }
}
