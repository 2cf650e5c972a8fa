package dev.touban.domain.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Team;
import dev.touban.domain.rotation.SwapPlanner.Plan;
import dev.touban.domain.rotation.SwapPlanner.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SwapPlannerTest {
    private static final Team SRE = Rotations.sre();
    // Wednesday 25 November 2026 15:00 Tokyo: carol's primary week (23 Nov .. 30 Nov); dave next, then alice, bob
    private static final Instant NOW = Instant.parse("2026-11-25T06:00:00Z");
    private static final Instant NOV_30 = Instant.parse("2026-11-30T01:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    @Test
    void swap_withoutAWeek_takesTheCallersNextShift_andTheOthersNearest() {
        Plan plan = SwapPlanner.plan(SRE, Layer.PRIMARY, "alice", "bob", Optional.empty(), NOW, "s1", "alice");

        ShiftSwap swap = ((Plan.Planned) plan).swap();
        assertThat(swap.firstFrom()).isEqualTo(NOV_30.plus(WEEK));
        assertThat(swap.secondFrom()).isEqualTo(NOV_30.plus(WEEK.multipliedBy(2)));
        assertThat(swap.covers()).extracting(Cover::memberId).containsExactly("bob", "alice");
    }

    @Test
    void swap_ofTheCurrentShift_startsNow_neverInThePast() {
        Plan plan = SwapPlanner.plan(SRE, Layer.PRIMARY, "carol", "dave", Optional.of(NOW), NOW, "s1", "carol");

        ShiftSwap swap = ((Plan.Planned) plan).swap();
        assertThat(swap.firstFrom()).isEqualTo(NOW);
        assertThat(swap.firstTo()).isEqualTo(NOV_30);
        assertThat(swap.secondFrom()).isEqualTo(NOV_30);
        assertThat(ChangedSchedule.onCallAt(SRE.rotation(Layer.PRIMARY).orElseThrow(), List.of(swap), NOW.minusSeconds(1))
                .orElseThrow().memberId()).isEqualTo("carol");
        assertThat(ChangedSchedule.onCallAt(SRE.rotation(Layer.PRIMARY).orElseThrow(), List.of(swap), NOW.plusSeconds(1))
                .orElseThrow().memberId()).isEqualTo("dave");
    }

    @Test
    void swap_refused_whenTheCallerIsNotOnCallThatWeek() {
        Plan plan = SwapPlanner.plan(SRE, Layer.PRIMARY, "alice", "bob", Optional.of(NOV_30.plusSeconds(3600)), NOW, "s1", "alice");

        assertThat(plan).isInstanceOf(Plan.Refused.class);
        Plan.Refused refused = (Plan.Refused) plan;
        assertThat(refused.reason()).isEqualTo(Reason.NOT_ON_SHIFT_THEN);
        assertThat(refused.shift().start()).isEqualTo(NOV_30.plus(WEEK));
    }

    @Test
    void swap_refused_forOneselfOrSomeoneOutsideTheRotation() {
        assertThat(((Plan.Refused) SwapPlanner.plan(SRE, Layer.PRIMARY, "alice", "alice", Optional.empty(), NOW, "s1", "alice")).reason())
                .isEqualTo(Reason.SAME_MEMBER);
        assertThat(((Plan.Refused) SwapPlanner.plan(SRE, Layer.PRIMARY, "alice", "zed", Optional.empty(), NOW, "s1", "alice")).reason())
                .isEqualTo(Reason.NOT_IN_ROTATION);
    }

    @Test
    void swap_refused_forAShiftThatIsOver() {
        Plan plan = SwapPlanner.plan(SRE, Layer.PRIMARY, "bob", "carol", Optional.of(NOW.minus(WEEK)), NOW, "s1", "bob");

        assertThat(((Plan.Refused) plan).reason()).isEqualTo(Reason.SHIFT_OVER);
    }
}
