package dev.touban.domain.health;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A team's on-call health for one calendar month in the team's zone, [from, to), computed as
 * of a moment ({@code partial} when the month had not ended). The team's pages are the sum of
 * its people's; {@code teamPagesPerDutyHour} is the pages of people with duty hours over their
 * duty hours, the mean each person's fairness is measured against. Services and dedup keys
 * are the noisiest first (most incidents, then most pages). Everything is derived.
 */
public record HealthReport(
        String teamId,
        String teamName,
        YearMonth month,
        ZoneId zone,
        Instant from,
        Instant to,
        boolean partial,
        Figures team,
        Duration teamDuty,
        BigDecimal teamPagesPerDutyHour,
        List<PersonHealth> people,
        List<Noisy> services,
        List<Noisy> dedupKeys,
        List<TraceLine> trace,
        List<String> notes) {

    public HealthReport {
        people = List.copyOf(people);
        services = List.copyOf(services);
        dedupKeys = List.copyOf(dedupKeys);
        trace = List.copyOf(trace);
        notes = List.copyOf(notes);
    }

    public Optional<PersonHealth> person(String memberId) {
        for (PersonHealth p : people) {
            if (p.memberId().equals(memberId)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
