package dev.touban.domain.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Team;
import dev.touban.domain.rotation.ConfiguredOnCall;
import dev.touban.domain.rotation.Rotation;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandoffPlannerTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final Rotation PRIMARY = new Rotation("sre-primary", Layer.PRIMARY, List.of("alice", "bob", "carol", "dave"), 7,
            DayOfWeek.MONDAY, LocalTime.of(10, 0), TOKYO, START);
    private static final Rotation SECONDARY = new Rotation("sre-secondary", Layer.SECONDARY, List.of("carol", "dave", "alice", "bob"), 7,
            DayOfWeek.MONDAY, LocalTime.of(10, 0), TOKYO, START);
    private static final Team SRE = new Team("sre", "SRE", TOKYO, "JP", "C0ONCALL", "S0ONCALL", List.of("alice", "bob", "carol", "dave"),
            List.of("alice"), List.of(PRIMARY, SECONDARY));
    private static final Instant DEC_7 = Instant.parse("2026-12-07T01:00:00Z");

    @Test
    void firingAtAHandoff_namesTheStartingShift_whoIsOnNow_next_andTheShiftBefore() {
        Handoff handoff = HandoffPlanner.due(SRE, PRIMARY, DEC_7, new ConfiguredOnCall()).orElseThrow();

        assertThat(handoff.starting().memberId()).isEqualTo("alice");
        assertThat(handoff.starting().start()).isEqualTo(DEC_7);
        assertThat(handoff.onNow().get(Layer.PRIMARY).memberId()).isEqualTo("alice");
        assertThat(handoff.onNow().get(Layer.SECONDARY).memberId()).isEqualTo("carol");
        assertThat(handoff.next().orElseThrow().memberId()).isEqualTo("bob");
        assertThat(handoff.previous().orElseThrow().memberId()).isEqualTo("dave");
        assertThat(handoff.shiftKey()).isEqualTo("sre-primary#48");
    }

    @Test
    void aLateFiring_withinTheGrace_stillHandsOffThatShift() {
        Handoff handoff = HandoffPlanner.due(SRE, PRIMARY, DEC_7.plus(Duration.ofMinutes(50)), new ConfiguredOnCall()).orElseThrow();

        assertThat(handoff.starting().start()).isEqualTo(DEC_7);
    }

    @Test
    void aFiringWhereNoShiftStarts_isNoHandoff() {
        Rotation fortnightly = new Rotation("two", Layer.PRIMARY, List.of("alice", "bob"), 14, DayOfWeek.MONDAY, LocalTime.of(10, 0), TOKYO, START);
        Team team = new Team("sre", "SRE", TOKYO, null, null, null, List.of("alice", "bob"), List.of(), List.of(fortnightly));
        // 2026-01-12 is the off week of a rotation that started 2026-01-05
        Instant offWeek = Instant.parse("2026-01-12T01:00:00Z");

        assertThat(HandoffPlanner.due(team, fortnightly, offWeek, new ConfiguredOnCall())).isEmpty();
        assertThat(HandoffPlanner.due(team, fortnightly, offWeek.plus(Duration.ofDays(7)), new ConfiguredOnCall())).isPresent();
        assertThat(HandoffPlanner.due(team, fortnightly, Instant.parse("2026-01-04T01:00:00Z"), new ConfiguredOnCall())).isEmpty();
    }

    @Test
    void firstShift_hasNoPrevious() {
        Instant first = Instant.parse("2026-01-05T01:00:00Z");
        assertThat(HandoffPlanner.due(SRE, PRIMARY, first, new ConfiguredOnCall()).orElseThrow().previous()).isEmpty();
    }

    @Test
    void cron_firesOnTheHandoffDayForWeeks_andDailyForDays() {
        assertThat(HandoffCron.expression(PRIMARY)).isEqualTo("cron(0 10 ? * MON *)");
        Rotation daily = new Rotation("d", Layer.PRIMARY, List.of("a"), 3, DayOfWeek.FRIDAY, LocalTime.of(9, 30), TOKYO, START);
        assertThat(HandoffCron.expression(daily)).isEqualTo("cron(30 9 * * ? *)");
        assertThat(HandoffCron.input("sre", PRIMARY)).contains("\"rotation\":\"sre-primary\"", "<aws.scheduler.scheduled-time>");
    }
}
