package dev.touban.domain.handoff;

import static dev.touban.domain.handoff.HandoffPlannerTest.DEC_7;
import static dev.touban.domain.handoff.HandoffPlannerTest.SRE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Team;
import dev.touban.domain.handoff.HandoffLedger.State;
import dev.touban.domain.handoff.HandoffSweep.OnDuty;
import dev.touban.domain.handoff.HandoffSweep.Plan;
import dev.touban.domain.rotation.Rotation;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandoffSweepTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Rotation NIGHTLY = new Rotation("ops-nightly", Layer.PRIMARY, List.of("erik", "frida", "gustav"), 1,
            DayOfWeek.MONDAY, LocalTime.of(2, 30), BERLIN, LocalDate.of(2026, 10, 19));
    private static final Team OPS = new Team("ops", "Ops", BERLIN, "DE", null, null, List.of("erik", "frida", "gustav"),
            List.of(), List.of(NIGHTLY));

    @Test
    void onDuty_isEachRotationsShiftAtNow_anyTimeIntoIt() {
        List<OnDuty> onDuty = HandoffSweep.onDuty(List.of(SRE), DEC_7.plus(Duration.ofDays(3)));

        assertThat(onDuty).extracting(d -> d.rotation().id()).containsExactly("sre-primary", "sre-secondary");
        assertThat(onDuty).allSatisfy(d -> assertThat(d.shift().start()).isEqualTo(DEC_7));
        assertThat(onDuty.getFirst().ref()).isEqualTo(new ShiftRef("sre", "sre-primary", DEC_7, "alice"));
    }

    @Test
    void afterALongOutage_onlyTheShiftOnDutyIsDue_notTheOnesMissed() {
        Instant threeShiftsLater = Instant.parse("2026-10-25T12:00:00Z");

        List<OnDuty> onDuty = HandoffSweep.onDuty(List.of(OPS), threeShiftsLater);

        // 02:30 on the day summer time ends is the first of the two 02:30s: 00:30Z
        assertThat(onDuty).singleElement().satisfies(d -> assertThat(d.shift().start()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z")));
    }

    @Test
    void beforeARotationStarts_itHasNothingDue() {
        assertThat(HandoffSweep.onDuty(List.of(OPS), Instant.parse("2026-10-18T12:00:00Z"))).isEmpty();
    }

    @Test
    void plan_skipsCompleteShifts_putsNeverClaimedOnesFirst_andDefersBeyondTheLimit() {
        List<OnDuty> onDuty = HandoffSweep.onDuty(List.of(SRE, OPS), Instant.parse("2026-12-07T01:00:30Z"));
        OnDuty primary = onDuty.get(0);
        OnDuty secondary = onDuty.get(1);
        OnDuty nightly = onDuty.get(2);

        Plan plan = HandoffSweep.plan(onDuty, Map.of(primary.ref(), State.CLAIMED, secondary.ref(), State.COMPLETE), 5);
        assertThat(plan.handOff()).containsExactly(nightly, primary);
        assertThat(plan.deferred()).isZero();

        Plan limited = HandoffSweep.plan(onDuty, Map.of(primary.ref(), State.CLAIMED), 1);
        assertThat(limited.handOff()).containsExactly(secondary);
        assertThat(limited.deferred()).isEqualTo(2);

        assertThat(HandoffSweep.plan(onDuty, Map.of(primary.ref(), State.COMPLETE, secondary.ref(), State.COMPLETE,
                nightly.ref(), State.COMPLETE), 5).handOff()).isEmpty();
    }

    @Test
    void startsBetween_listsEveryShiftStartInTheRange_onceEach_acrossTheDstChange() {
        List<Instant> starts = HandoffSweep.startsBetween(List.of(SRE, OPS), Instant.parse("2026-10-23T00:30:00Z"),
                Instant.parse("2026-10-27T00:00:00Z"));

        assertThat(starts).containsExactly(Instant.parse("2026-10-24T00:30:00Z"), Instant.parse("2026-10-25T00:30:00Z"),
                Instant.parse("2026-10-26T01:00:00Z"), Instant.parse("2026-10-26T01:30:00Z"));
    }
}
