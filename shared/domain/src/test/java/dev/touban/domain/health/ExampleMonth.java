package dev.touban.domain.health;

import dev.touban.domain.RepoRoot;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.rotation.ConfiguredOnCall;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The example month of the health report: team sre of {@code config/oncall.example.yaml} in
 * March 2026 (Tokyo), its rotations as configured, and six incidents written out by hand.
 * Dave lives in Los Angeles; 20 March is 春分の日.
 */
final class ExampleMonth {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final Instant AFTER = Instant.parse("2026-04-02T00:00:00Z");

    final OncallConfig config = ConfigLoader.fromFile(RepoRoot.path("config/oncall.example.yaml"));
    final List<IncidentFact> incidents = new ArrayList<>();

    ExampleMonth() {
        // 1: Tuesday afternoon, Alice (primary) acknowledges in 3 minutes.
        add(1, "web", "disk-full", "03-03T14:00", "03-03T14:03", "alice", "03-03T14:30", 1,
                page("alice", "slack", "03-03T14:00", 0), page("alice", "sms", "03-03T14:00", 0));
        // 2: Saturday night; Alice misses it, Carol (secondary) acknowledges 5 minutes after her page.
        add(2, "web", "disk-full", "03-07T23:30", "03-07T23:40", "carol", "03-08T00:30", 2,
                page("alice", "slack", "03-07T23:30", 0), page("alice", "sms", "03-07T23:30", 0),
                page("carol", "slack", "03-07T23:35", 1), page("carol", "sms", "03-07T23:35", 1), page("carol", "voice", "03-07T23:35", 1));
        // 3: 春分の日 (a Friday), Carol is primary.
        add(3, "db", "replica-lag", "03-20T10:30", "03-20T10:32", "carol", "03-20T11:00", 1, page("carol", "slack", "03-20T10:30", 0));
        // 4: 03:00 in Tokyo is 11:00 the day before for Dave in Los Angeles: not a night page for him.
        add(4, "web", "5xx", "03-25T03:00", "03-25T03:10", "dave", "03-25T04:00", 1, page("dave", "sms", "03-25T03:00", 0));
        // 5: nobody acknowledges; three steps page Dave, Bob, Alice; monitoring resolves it.
        add(5, "web", "disk-full", "03-29T02:00", null, null, "03-29T02:45", 3,
                page("dave", "slack", "03-29T02:00", 0), page("bob", "slack", "03-29T02:05", 1), page("alice", "voice", "03-29T02:10", 2));
        // 6: the last evening of the month, still open.
        add(6, "db", "replica-lag", "03-31T22:30", "03-31T22:31", "alice", null, 1, page("alice", "slack", "03-31T22:30", 0));
    }

    HealthReport report() {
        return new HealthReports(config, new ConfiguredOnCall(), (team, from, to) -> {
            List<IncidentFact> in = new ArrayList<>();
            for (IncidentFact i : incidents) {
                if (!i.triggeredAt().isBefore(from) && i.triggeredAt().isBefore(to)) {
                    in.add(i);
                }
            }
            return in;
        }).report(config.team("sre").orElseThrow(), MARCH, AFTER);
    }

    void add(long n, String service, String dedupKey, String triggered, String acked, String by, String resolved, int steps,
            PageFact... pages) {
        incidents.add(new IncidentFact(n, service, dedupKey, at(triggered), acked == null ? null : at(acked), by,
                resolved == null ? null : at(resolved), steps, List.of(pages)));
    }

    static PageFact page(String member, String channel, String at, int step) {
        return new PageFact(member, channel, at(at), step);
    }

    /** "03-07T23:30" in Tokyo, 2026. */
    static Instant at(String monthDayTime) {
        return LocalDateTime.parse("2026-" + monthDayTime).atZone(TOKYO).toInstant();
    }
}
