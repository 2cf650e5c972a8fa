package dev.touban.handoff;

import static dev.touban.handoff.HandoffFixture.invoke;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.rotation.Rotation;
import dev.touban.domain.rotation.RotationSchedule;
import dev.touban.domain.rotation.Shift;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MutableClock;
import dev.touban.testing.RepoFiles;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A month of handoffs as the schedule runs them: the function invoked every minute (37 s past
 * it, as a rate schedule may fire) for 31 days, a fresh instance every six hours and at each
 * deploy, against the emulator and a Slack recorder. The roster (rosters/month-walk.yaml) has
 * three teams in Asia/Tokyo, Europe/Berlin (summer time ends on 25 October, at a nightly
 * rotation's 02:30) and America/Los_Angeles (1 November, at a weekly rotation's 01:30), two
 * layers each, weekly, fortnightly and day-based. Ten days in, a deploy adds a team in
 * Australia/Sydney; twenty days in, one removes LA's secondary rotation. Three minutes of runs
 * are lost at one handoff, and Slack refuses one {@code @oncall} move.
 */
@ExtendWith(EmulatorExtension.class)
class HandoffMonthWalkTest {
    private static final Instant FROM = Instant.parse("2026-10-12T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-12T00:00:00Z");
    private static final Duration FIRING_OFFSET = Duration.ofSeconds(37);
    private static final Instant ADDED = Instant.parse("2026-10-22T07:13:00Z");
    private static final Instant REMOVED = Instant.parse("2026-11-01T05:00:00Z");
    /** The Tokyo primary's handoff of 26 October: the runs of its first three minutes are lost. */
    private static final Instant OUTAGE = Instant.parse("2026-10-26T01:00:00Z");
    private static final Duration OUTAGE_LENGTH = Duration.ofMinutes(3);
    /** The Tokyo primary's handoff of 2 November: Slack refuses its first @oncall move. */
    private static final Instant GROUP_REFUSED = Instant.parse("2026-11-02T01:00:00Z");

    private final MutableClock clock = new MutableClock(FROM);
    private HandoffFixture fx;

    @BeforeEach
    void setUp(Emulated aws) {
        fx = new HandoffFixture(aws);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void aMonthOfRunsEveryMinute_handsOffEveryShiftOnce_withinAMinuteOfItsStart_andFollowsTheRosterAcrossDeploys() {
        OncallConfig added = ConfigLoader.fromFile(RepoFiles.path("functions/rotation-handoff/src/test/resources/rosters/month-walk.yaml"));
        OncallConfig base = without(added, "sydney-primary");
        OncallConfig removed = without(added, "la-secondary");
        int runs = 0;
        int failedRuns = 0;
        int instances = 0;
        RotationHandoffHandler handler = null;
        OncallConfig deployed = null;
        Instant started = null;
        for (Instant t = FROM.plus(FIRING_OFFSET); t.isBefore(TO); t = t.plus(Duration.ofMinutes(1))) {
            OncallConfig roster = t.isBefore(ADDED) ? base : t.isBefore(REMOVED) ? added : removed;
            if (roster != deployed || !t.isBefore(started.plus(Duration.ofHours(6)))) {
                clock.set(t);
                handler = fx.handler(roster, clock);
                deployed = roster;
                started = t;
                instances++;
            }
            if (!t.isBefore(OUTAGE) && t.isBefore(OUTAGE.plus(OUTAGE_LENGTH))) {
                continue;
            }
            if (t.equals(GROUP_REFUSED.plus(FIRING_OFFSET))) {
                fx.slack.failNext("usergroups.users.update", 500, 1);
            }
            clock.set(t);
            runs++;
            RotationHandoffHandler current = handler;
            String event = "{\"action\":\"sweep\",\"scheduledTime\":\"" + t.minus(FIRING_OFFSET) + "\"}";
            if (catchThrowableOfType(HandoffStepsFailed.class, () -> invoke(current, event)) != null) {
                failedRuns++;
            }
        }

        Map<String, Instant> expected = expected(List.of(phase(base, FROM, ADDED), phase(added, ADDED, REMOVED), phase(removed, REMOVED, TO)));
        assertThat(expected).hasSize(62);
        assertThat(expected).containsKeys("berlin-nightly@2026-10-25T00:30:00Z", "berlin-nightly@2026-10-26T01:30:00Z",
                "la-primary@2026-11-01T08:30:00Z", "la-primary@2026-11-08T09:30:00Z", "sydney-primary@2026-10-18T22:00:00Z");
        assertThat(expected.keySet()).noneMatch(k -> k.startsWith("la-secondary@2026-11-0"));

        Map<String, Integer> announced = new TreeMap<>();
        for (Map<String, Object> e : fx.events.drain()) {
            Map<?, ?> detail = (Map<?, ?>) e.get("detail");
            announced.merge(detail.get("rotation") + "@" + detail.get("start"), 1, Integer::sum);
        }
        assertThat(announced.keySet()).isEqualTo(expected.keySet());
        assertThat(announced.values()).containsOnly(1);
        assertThat(fx.published()).hasSize(62);
        assertThat(fx.slack.accepted("chat.postMessage")).hasSize(62);
        assertThat(fx.slack.accepted("usergroups.users.update")).hasSize(expected.keySet().stream()
                .filter(k -> k.matches("(tokyo-primary|berlin-nightly|la-primary|sydney-primary)@.*")).toList().size());

        Map<String, Duration> delays = new TreeMap<>();
        for (Map<String, AttributeValue> item : fx.handoffItems()) {
            String key = item.get("rotationId").s() + "@" + Instant.parse(item.get("shiftStart").s());
            assertThat(item).as(key).containsKey("completedAt");
            delays.put(key, Duration.between(Instant.parse(item.get("shiftStart").s()), Instant.parse(item.get("completedAt").s())));
        }
        assertThat(delays.keySet()).isEqualTo(expected.keySet());
        Duration maxOnTime = Duration.ZERO;
        for (Map.Entry<String, Instant> shift : expected.entrySet()) {
            Instant start = Instant.parse(shift.getKey().substring(shift.getKey().indexOf('@') + 1));
            Duration delay = delays.get(shift.getKey());
            if (start.isBefore(shift.getValue())) {
                // on duty when its rotation entered the roster (the walk's start, or the deploy that added it): the first run takes it
                assertThat(delay).as(shift.getKey()).isLessThanOrEqualTo(Duration.between(start, shift.getValue()).plusMinutes(1));
            } else if (start.equals(OUTAGE)) {
                assertThat(delay).as(shift.getKey()).isEqualTo(OUTAGE_LENGTH.plus(FIRING_OFFSET));
            } else if (start.equals(GROUP_REFUSED) && shift.getKey().startsWith("tokyo-primary")) {
                assertThat(delay).as(shift.getKey()).isEqualTo(Duration.ofMinutes(1).plus(FIRING_OFFSET));
            } else {
                assertThat(delay).as(shift.getKey()).isLessThanOrEqualTo(Duration.ofMinutes(1));
                maxOnTime = maxOnTime.compareTo(delay) < 0 ? delay : maxOnTime;
            }
        }
        assertThat(failedRuns).isEqualTo(1);
        assertThat(fx.ledgerReads.get()).isLessThan(runs / 100);
        System.out.printf("month walk: %d runs (%d lost, %d failed), %d instances, %d ledger reads; %d shifts expected, %d handed off "
                + "(each once); max delay %ds on time, %ds after the lost runs, %ds after the refused @oncall move%n",
                runs, OUTAGE_LENGTH.toMinutes(), failedRuns, instances, fx.ledgerReads.get(), expected.size(), announced.size(),
                maxOnTime.toSeconds(), delays.get("tokyo-primary@" + OUTAGE).toSeconds(), delays.get("tokyo-primary@" + GROUP_REFUSED).toSeconds());
    }

    /** A roster deployed over [from, to). */
    private record Phase(OncallConfig roster, Instant from, Instant to) {}

    private static Phase phase(OncallConfig roster, Instant from, Instant to) {
        return new Phase(roster, from, to);
    }

    /**
     * Every shift some run should hand off ("rotation@start"), with when its rotation entered the
     * roster: the shifts on duty while a roster was deployed, for every rotation in it.
     */
    private static Map<String, Instant> expected(List<Phase> phases) {
        Map<String, Instant> expected = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Phase p : phases) {
            for (Team team : p.roster().teams()) {
                for (Rotation rotation : team.rotations()) {
                    Instant entered = seen.add(rotation.id()) ? p.from() : FROM;
                    for (Shift s : new RotationSchedule(rotation).shiftsBetween(p.from(), p.to())) {
                        expected.putIfAbsent(rotation.id() + "@" + s.start(), entered);
                    }
                }
            }
        }
        return expected;
    }

    /** The roster as it was before that rotation was added or after it was removed (its team goes with its last rotation). */
    private static OncallConfig without(OncallConfig roster, String rotationId) {
        List<Team> teams = new ArrayList<>();
        for (Team t : roster.teams()) {
            List<Rotation> rotations = t.rotations().stream().filter(r -> !r.id().equals(rotationId)).toList();
            if (!rotations.isEmpty()) {
                teams.add(new Team(t.id(), t.name(), t.timeZone(), t.country(), t.slackChannel(), t.slackUserGroup(), t.memberIds(),
                        t.adminIds(), rotations));
            }
        }
        return new OncallConfig(roster.members(), teams);
    }
}
