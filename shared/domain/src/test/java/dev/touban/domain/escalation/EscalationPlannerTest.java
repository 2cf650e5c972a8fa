package dev.touban.domain.escalation;

import static dev.touban.domain.escalation.PolicyFixtures.T0;
import static dev.touban.domain.escalation.PolicyFixtures.incident;
import static dev.touban.domain.escalation.PolicyFixtures.threeTiersTwice;
import static dev.touban.domain.escalation.PolicyFixtures.triggered;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.incident.IncidentStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EscalationPlannerTest {
    private final EscalationPolicy policy = threeTiersTwice();

    @Test
    void next_pagesTierOne_andSchedulesTierTwoAfterTheTierDelay_whenANewIncidentStarts() {
        StepPlan plan = EscalationPlanner.next(triggered(0, T0), policy, 0, StepCause.NOW, T0);

        assertThat(plan).isEqualTo(new StepPlan.Page(0, 0, 0, policy.tiers().get(0), 1, T0.plus(Duration.ofMinutes(5))));
    }

    @Test
    void next_isStale_whenTheDeliveredStepIsNotTheIncidentsNextStep() {
        Duration five = Duration.ofMinutes(5);

        assertThat(EscalationPlanner.next(triggered(1, T0.plus(five)), policy, 0, StepCause.SCHEDULE, T0.plus(five)))
                .isEqualTo(new StepPlan.Skip(StepPlan.Reason.STALE_STEP));
        assertThat(EscalationPlanner.next(triggered(1, T0.plus(five)), policy, 2, StepCause.SCHEDULE, T0.plus(five)))
                .isEqualTo(new StepPlan.Skip(StepPlan.Reason.STALE_STEP));
    }

    @Test
    void next_doesNothing_onceAcknowledgedOrResolved() {
        assertThat(EscalationPlanner.next(incident(IncidentStatus.ACKNOWLEDGED, 1, T0), policy, 1, StepCause.SCHEDULE, T0))
                .isEqualTo(new StepPlan.Skip(StepPlan.Reason.ACKNOWLEDGED));
        assertThat(EscalationPlanner.next(incident(IncidentStatus.RESOLVED, 1, T0), policy, 1, StepCause.SWEEP, T0.plusSeconds(3600)))
                .isEqualTo(new StepPlan.Skip(StepPlan.Reason.RESOLVED));
    }

    @Test
    void next_acceptsAScheduleFiringWithinSchedulerPrecisionBeforeItsTime_butNotEarlier() {
        var due = T0.plus(Duration.ofMinutes(5));

        assertThat(EscalationPlanner.next(triggered(1, due), policy, 1, StepCause.SCHEDULE, due.minusSeconds(59)))
                .isInstanceOf(StepPlan.Page.class);
        assertThat(EscalationPlanner.next(triggered(1, due), policy, 1, StepCause.SCHEDULE, due.minusSeconds(61)))
                .isEqualTo(new StepPlan.Skip(StepPlan.Reason.NOT_DUE));
    }

    @Test
    void next_letsTheSweepTakeAStepOnlyOnceItIsAMinuteOverdue() {
        var due = T0.plus(Duration.ofMinutes(5));

        assertThat(EscalationPlanner.next(triggered(1, due), policy, 1, StepCause.SWEEP, due.plusSeconds(30)))
                .isEqualTo(new StepPlan.Skip(StepPlan.Reason.NOT_DUE));
        assertThat(EscalationPlanner.next(triggered(1, due), policy, 1, StepCause.SWEEP, due.plusSeconds(60)))
                .isInstanceOf(StepPlan.Page.class);
        assertThat(EscalationPlanner.overdue(triggered(1, due), due.plusSeconds(59))).isFalse();
        assertThat(EscalationPlanner.overdue(triggered(1, due), due.plusSeconds(60))).isTrue();
    }

    @Test
    void next_walksEveryTierOfEveryPass_thenLeavesNothingScheduled() {
        var now = T0;
        var incident = triggered(0, now);
        StringBuilder walked = new StringBuilder();
        for (int step = 0; step < policy.steps(); step++) {
            StepPlan.Page page = (StepPlan.Page) EscalationPlanner.next(incident, policy, step, StepCause.SCHEDULE, now);
            walked.append(page.pass()).append(':').append(page.tierIndex()).append(' ');
            if (step < policy.steps() - 1) {
                assertThat(page.nextStepAt()).isEqualTo(now.plus(policy.tierOf(step).delay()));
            } else {
                assertThat(page.exhausts()).isTrue();
            }
            now = page.exhausts() ? now : page.nextStepAt();
            incident = page.exhausts() ? triggered(page.nextStep(), null) : triggered(page.nextStep(), page.nextStepAt());
        }

        assertThat(walked.toString().strip()).isEqualTo("0:0 0:1 0:2 1:0 1:1 1:2");
        assertThat(EscalationPlanner.next(incident, policy, policy.steps(), StepCause.SWEEP, now.plusSeconds(3600)))
                .isEqualTo(new StepPlan.Skip(StepPlan.Reason.EXHAUSTED));
        assertThat(EscalationPlanner.overdue(incident, now.plusSeconds(3600))).isFalse();
    }

    @Test
    void escalateNow_movesThePendingStepToNow_onlyWhileTriggeredAndStepsRemain() {
        assertThat(EscalationPlanner.escalateNow(triggered(1, T0.plusSeconds(300)), policy, T0)).isEqualTo(T0);
        assertThat(EscalationPlanner.escalateNow(incident(IncidentStatus.ACKNOWLEDGED, 1, T0.plusSeconds(300)), policy, T0)).isNull();
        assertThat(EscalationPlanner.escalateNow(triggered(6, null), policy, T0)).isNull();
    }
}
