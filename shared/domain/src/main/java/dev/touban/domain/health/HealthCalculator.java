package dev.touban.domain.health;

import dev.touban.domain.health.TraceLine.Figure;
import dev.touban.domain.holiday.DayKind;
import dev.touban.domain.rotation.Shift;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes a team's on-call health for a month from facts alone: a pure function of
 * {@link HealthFacts}. The rules, each written into the trace of every figure it gives:
 * <ul>
 * <li>A page is one person paged by one escalation step of an incident, over however many
 * channels; its time is the first delivery's.</li>
 * <li>Night is 22:00 to 05:00 and weekends and holidays are local dates, all in the paged
 * person's own time zone (they are the one woken), holidays from the team's calendar; a
 * holiday on a Saturday or Sunday counts as a weekend, so no page counts twice.</li>
 * <li>The team's MTTA and MTTR run from the trigger; a person's from their own first page of
 * the incident (a later tier is not charged for the earlier tier's minutes).</li>
 * <li>Duty is every hour the person was on call on any layer, counted once where layers overlap.</li>
 * </ul>
 */
public final class HealthCalculator {
    public static final LocalTime NIGHT_FROM = LocalTime.of(22, 0);
    public static final LocalTime NIGHT_TO = LocalTime.of(5, 0);
    /** Where incidents raised with {@code /oncall call} (which have no service) are counted. */
    public static final String SLACK_CALLS = "/oncall call";
    /** How many services and dedup keys the report names. */
    public static final int NOISIEST = 5;

    private HealthCalculator() {}

    public static HealthReport calculate(HealthFacts facts) {
        return new Run(facts).report();
    }

    /** Whether a local time lies in the night window, which crosses midnight. */
    public static boolean night(LocalTime t) {
        return !t.isBefore(NIGHT_FROM) || t.isBefore(NIGHT_TO);
    }

    /** What is being counted for one person (or, with a null id, the team). */
    private static final class Tally {
        final Set<Long> incidents = new LinkedHashSet<>();
        final List<Duration> mtta = new ArrayList<>();
        final List<Duration> mttr = new ArrayList<>();
        final Map<String, Integer> pagesByService = new LinkedHashMap<>();
        int incidentCount;
        int pages;
        int acknowledged;
        int escalated;
        int night;
        int weekend;
        int holiday;

        Figures figures(boolean team) {
            return new Figures(team ? incidentCount : incidents.size(), pages, Stat.of(mtta), Stat.of(mttr), acknowledged, escalated,
                    night, weekend, holiday);
        }
    }

    private static final class Run {
        private final HealthFacts f;
        private final ZoneId zone;
        private final Instant from;
        private final Instant to;
        private final Instant until;
        private final Tally team = new Tally();
        private final Map<String, Tally> people = new LinkedHashMap<>();
        private final Map<String, int[]> services = new LinkedHashMap<>();
        private final Map<String, int[]> dedupKeys = new LinkedHashMap<>();
        private final List<TraceLine> trace = new ArrayList<>();

        Run(HealthFacts f) {
            this.f = f;
            this.zone = f.team().timeZone();
            this.from = f.month().atDay(1).atStartOfDay(zone).toInstant();
            this.to = f.month().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
            this.until = f.now().isBefore(to) ? f.now() : to;
            for (String member : f.team().memberIds()) {
                people.put(member, new Tally());
            }
        }

        HealthReport report() {
            List<IncidentFact> incidents = new ArrayList<>();
            for (IncidentFact i : f.incidents()) {
                if (!i.triggeredAt().isBefore(from) && i.triggeredAt().isBefore(to) && !i.triggeredAt().isAfter(until)) {
                    incidents.add(i);
                }
            }
            incidents.sort(Comparator.comparing(IncidentFact::triggeredAt).thenComparingLong(IncidentFact::number));
            for (IncidentFact i : incidents) {
                incident(i);
            }
            Map<String, Duration> duty = duty();
            Duration teamDuty = Duration.ZERO;
            int teamPagesOnDuty = 0;
            for (Map.Entry<String, Duration> d : duty.entrySet()) {
                if (!d.getValue().isZero()) {
                    teamDuty = teamDuty.plus(d.getValue());
                    teamPagesOnDuty += tally(d.getKey()).pages;
                }
            }
            BigDecimal teamRate = rate(teamPagesOnDuty, teamDuty);
            List<PersonHealth> persons = new ArrayList<>();
            for (String member : orderedPeople()) {
                Tally t = tally(member);
                Duration hours = duty.getOrDefault(member, Duration.ZERO);
                BigDecimal fairness = fairness(member, t.pages, hours, teamPagesOnDuty, teamDuty);
                persons.add(new PersonHealth(member, t.figures(false), hours, rate(t.pages, hours), fairness, noisiest(t)));
            }
            return new HealthReport(f.team().id(), f.team().name(), f.month(), zone, from, to, until.isBefore(to), team.figures(true),
                    teamDuty, teamRate, persons, ranked(services, false), ranked(dedupKeys, true), trace, notes());
        }

        private void incident(IncidentFact i) {
            String serviceId = i.serviceId() == null ? SLACK_CALLS : i.serviceId();
            String source = serviceId + " / " + i.dedupKey();
            team.incidentCount++;
            line(null, Figure.INCIDENTS, i, i.triggeredAt(), source + " triggered " + HealthText.local(i.triggeredAt(), zone));
            if (i.acknowledgedAt() != null) {
                team.acknowledged++;
                Duration took = Duration.between(i.triggeredAt(), i.acknowledgedAt());
                team.mtta.add(took);
                line(null, Figure.ACKNOWLEDGED, i, i.acknowledgedAt(), "acknowledged by " + (i.acknowledgedBy() == null ? "a system" : i.acknowledgedBy()));
                line(null, Figure.MTTA, i, i.acknowledgedAt(), HealthText.duration(took) + " from trigger to acknowledgement");
            }
            if (i.resolvedAt() != null) {
                Duration took = Duration.between(i.triggeredAt(), i.resolvedAt());
                team.mttr.add(took);
                line(null, Figure.MTTR, i, i.resolvedAt(), HealthText.duration(took) + " from trigger to resolution");
            }
            if (i.escalatedPastTierOne()) {
                team.escalated++;
                line(null, Figure.ESCALATED, i, i.triggeredAt(), i.stepsPaged() + " escalation steps paged before anyone acknowledged");
            }
            int[] service = services.computeIfAbsent(serviceId, k -> new int[2]);
            // Each call has a key of its own: only monitoring's dedup keys say which alert is noisy.
            int[] alert = i.serviceId() == null ? new int[2] : dedupKeys.computeIfAbsent(serviceId + "\n" + i.dedupKey(), k -> new int[2]);
            service[0]++;
            alert[0]++;
            Map<String, Instant> firstPage = new LinkedHashMap<>();
            Set<String> pagedAtTierOne = new LinkedHashSet<>();
            for (Map.Entry<String, List<PageFact>> page : pagesByPersonAndStep(i).entrySet()) {
                List<PageFact> deliveries = page.getValue();
                PageFact first = deliveries.getFirst();
                firstPage.putIfAbsent(first.memberId(), first.at());
                if (first.step() == 0) {
                    pagedAtTierOne.add(first.memberId());
                }
                service[1]++;
                alert[1]++;
                page(i, serviceId, first, channels(deliveries));
            }
            if (i.acknowledgedBy() != null && i.acknowledgedAt() != null) {
                acknowledgedBy(i, firstPage.get(i.acknowledgedBy()));
            }
            if (i.escalatedPastTierOne()) {
                for (String member : pagedAtTierOne) {
                    tally(member).escalated++;
                    line(member, Figure.ESCALATED, i, i.triggeredAt(), "paged at tier 1; the incident went on to " + i.stepsPaged() + " steps");
                }
            }
        }

        /** One page per person and step, in delivery order. */
        private static Map<String, List<PageFact>> pagesByPersonAndStep(IncidentFact i) {
            Map<String, List<PageFact>> grouped = new LinkedHashMap<>();
            for (PageFact p : i.pages()) {
                grouped.computeIfAbsent(p.memberId() + "\n" + p.step(), k -> new ArrayList<>()).add(p);
            }
            return grouped;
        }

        private void page(IncidentFact i, String serviceId, PageFact first, String channels) {
            String member = first.memberId();
            Tally t = tally(member);
            t.pages++;
            t.incidents.add(i.number());
            t.pagesByService.merge(serviceId, 1, Integer::sum);
            team.pages++;
            ZoneId personal = zoneOf(member);
            ZonedDateTime local = first.at().atZone(personal);
            String when = HealthText.local(first.at(), personal) + " " + personal;
            line(member, Figure.PAGES, i, first.at(), "step " + (first.step() + 1) + " via " + channels + " at " + when);
            if (night(local.toLocalTime())) {
                t.night++;
                team.night++;
                line(member, Figure.NIGHT_PAGES, i, first.at(), when + " is between " + NIGHT_FROM + " and " + NIGHT_TO);
            }
            DayKind kind = f.calendar().kind(local.toLocalDate());
            if (kind == DayKind.WEEKEND) {
                t.weekend++;
                team.weekend++;
                line(member, Figure.WEEKEND_PAGES, i, first.at(), when + " is a weekend day");
            } else if (kind == DayKind.HOLIDAY) {
                t.holiday++;
                team.holiday++;
                line(member, Figure.HOLIDAY_PAGES, i, first.at(), when + " is a holiday ("
                        + f.calendar().holiday(local.toLocalDate()).orElse("holiday") + ")");
            }
        }

        private void acknowledgedBy(IncidentFact i, Instant firstPage) {
            String member = i.acknowledgedBy();
            Tally t = tally(member);
            t.incidents.add(i.number());
            t.acknowledged++;
            Instant start = firstPage != null ? firstPage : i.triggeredAt();
            String since = firstPage != null ? "their first page" : "the trigger (they were not paged)";
            Duration took = Duration.between(start, i.acknowledgedAt());
            t.mtta.add(took);
            line(member, Figure.ACKNOWLEDGED, i, i.acknowledgedAt(), "acknowledged " + HealthText.local(i.acknowledgedAt(), zoneOf(member)));
            line(member, Figure.MTTA, i, i.acknowledgedAt(), HealthText.duration(took) + " from " + since + " to acknowledgement");
            if (i.resolvedAt() != null) {
                Duration resolved = Duration.between(start, i.resolvedAt());
                t.mttr.add(resolved);
                line(member, Figure.MTTR, i, i.resolvedAt(), HealthText.duration(resolved) + " from " + since + " to resolution");
            }
        }

        /** Each person's hours on call inside the month (up to now), overlapping layers counted once. */
        private Map<String, Duration> duty() {
            Map<String, List<Shift>> byMember = new LinkedHashMap<>();
            for (Shift s : f.shifts()) {
                if (s.start().isBefore(until) && s.end().isAfter(from)) {
                    byMember.computeIfAbsent(s.memberId(), k -> new ArrayList<>()).add(s);
                }
            }
            Map<String, Duration> duty = new LinkedHashMap<>();
            for (Map.Entry<String, List<Shift>> e : byMember.entrySet()) {
                List<Shift> shifts = e.getValue();
                shifts.sort(Comparator.comparing(Shift::start));
                Duration total = Duration.ZERO;
                Duration listed = Duration.ZERO;
                Instant covered = from;
                for (Shift s : shifts) {
                    Instant a = s.start().isBefore(from) ? from : s.start();
                    Instant b = s.end().isAfter(until) ? until : s.end();
                    Duration part = Duration.between(a, b);
                    listed = listed.plus(part);
                    line(e.getKey(), Figure.DUTY_HOURS, 0, a, s.rotationId() + " (" + s.layer().label() + ") "
                            + HealthText.local(a, zone) + " to " + HealthText.local(b, zone) + " " + zone + ": "
                            + HealthText.hours(part) + " h" + (s.replaced() ? " (" + s.replacement().kind().name().toLowerCase(java.util.Locale.ROOT) + ")" : ""));
                    Instant start = a.isBefore(covered) ? covered : a;
                    if (b.isAfter(start)) {
                        total = total.plus(Duration.between(start, b));
                        covered = b;
                    }
                }
                if (!listed.equals(total)) {
                    line(e.getKey(), Figure.DUTY_HOURS, 0, from, "-" + HealthText.hours(listed.minus(total)) + " h where layers overlapped (counted once)");
                }
                duty.put(e.getKey(), total);
                tally(e.getKey());
            }
            return duty;
        }

        private BigDecimal fairness(String member, int pages, Duration hours, int teamPages, Duration teamDuty) {
            if (hours.isZero() || teamPages == 0) {
                String why = hours.isZero() ? "no duty hours in the month; " + pages(pages) + " counted for the team only"
                        : "the team had no pages on duty: nothing to compare";
                line(member, Figure.FAIRNESS, 0, from, why);
                return null;
            }
            BigDecimal fairness = BigDecimal.valueOf(pages).multiply(BigDecimal.valueOf(teamDuty.toSeconds()))
                    .divide(BigDecimal.valueOf(hours.toSeconds()).multiply(BigDecimal.valueOf(teamPages)), 2, RoundingMode.HALF_UP);
            line(member, Figure.FAIRNESS, 0, from, pages(pages) + " / " + HealthText.hours(hours) + " duty h = " + rate(pages, hours)
                    + " per h; team " + teamPages + " / " + HealthText.hours(teamDuty) + " h = " + rate(teamPages, teamDuty)
                    + " per h; ratio " + fairness);
            return fairness;
        }

        private static BigDecimal rate(int pages, Duration hours) {
            if (hours.isZero()) {
                return null;
            }
            return BigDecimal.valueOf(pages).multiply(BigDecimal.valueOf(3600)).divide(BigDecimal.valueOf(hours.toSeconds()), 4, RoundingMode.HALF_UP);
        }

        private static String noisiest(Tally t) {
            String best = null;
            int most = 0;
            for (Map.Entry<String, Integer> e : t.pagesByService.entrySet()) {
                if (e.getValue() > most || e.getValue() == most && best != null && e.getKey().compareTo(best) < 0) {
                    best = e.getKey();
                    most = e.getValue();
                }
            }
            return best;
        }

        private static List<Noisy> ranked(Map<String, int[]> counts, boolean withKey) {
            List<Noisy> all = new ArrayList<>();
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                String[] parts = e.getKey().split("\n", 2);
                all.add(new Noisy(parts[0], withKey ? parts[1] : null, e.getValue()[0], e.getValue()[1]));
            }
            all.sort(Comparator.comparingInt(Noisy::incidents).reversed().thenComparing(Comparator.comparingInt(Noisy::pages).reversed())
                    .thenComparing(Noisy::serviceId).thenComparing(n -> n.dedupKey() == null ? "" : n.dedupKey()));
            return all.size() > NOISIEST ? all.subList(0, NOISIEST) : all;
        }

        private List<String> notes() {
            List<String> notes = new ArrayList<>();
            notes.add("Night is " + NIGHT_FROM + "-" + NIGHT_TO + ", weekends and holidays are local dates, all in the paged person's own time zone;"
                    + " holidays come from the team's calendar.");
            notes.add("MTTA and MTTR: the team's from the trigger; a person's from their own first page, over the incidents they acknowledged."
                    + " Median, and 90th percentile by nearest rank.");
            notes.add("Fairness: a person's pages per duty hour over the team's (pages of people on duty / their duty hours); 1.00 is an even share.");
            if (until.isBefore(to)) {
                notes.add("Partial month: figures run up to " + HealthText.local(until, zone) + " " + zone + ".");
            }
            if (!f.calendar().hasBuiltInPublicHolidays()) {
                notes.add("Public holidays for " + (f.calendar().country() == null ? "this team" : f.calendar().country())
                        + " are not built in: only the holidays listed in oncall.yaml count.");
            }
            return notes;
        }

        private List<String> orderedPeople() {
            List<String> ordered = new ArrayList<>(f.team().memberIds());
            List<String> others = new ArrayList<>();
            for (String p : people.keySet()) {
                if (!ordered.contains(p)) {
                    others.add(p);
                }
            }
            others.sort(null);
            ordered.addAll(others);
            return ordered;
        }

        private Tally tally(String member) {
            return people.computeIfAbsent(member, m -> new Tally());
        }

        private ZoneId zoneOf(String member) {
            return f.zones().getOrDefault(member, zone);
        }

        private static String pages(int n) {
            return n + (n == 1 ? " page" : " pages");
        }

        private static String channels(List<PageFact> deliveries) {
            Set<String> names = new LinkedHashSet<>();
            for (PageFact p : deliveries) {
                names.add(p.channel());
            }
            return String.join("+", names);
        }

        private void line(String member, Figure figure, IncidentFact i, Instant at, String detail) {
            line(member, figure, i.number(), at, "#" + i.number() + " " + detail);
        }

        private void line(String member, Figure figure, long incident, Instant at, String detail) {
            trace.add(new TraceLine(member, figure, incident, at, detail));
        }
    }
}
