package dev.touban.aws.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.OneTimeSchedules;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.GetScheduleResponse;

@ExtendWith(EmulatorExtension.class)
class SchedulerStepSchedulerTest {
    private static final String STEP = "arn:aws:lambda:us-east-1:123456789012:function:touban-escalation-step:live";
    private static final String ROLE = "arn:aws:iam::123456789012:role/touban-scheduler";
    private static final String DLQ = "arn:aws:sqs:us-east-1:123456789012:touban-schedule-dlq";

    private SchedulerClient client;
    private SchedulerStepScheduler scheduler;
    private OneTimeSchedules schedules;

    @BeforeEach
    void setUp(Emulated aws) {
        client = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())).configure(SchedulerClient.builder()).build();
        schedules = new OneTimeSchedules(client, "touban-escalation").createGroup();
        scheduler = new SchedulerStepScheduler(client, "touban-escalation", STEP, ROLE, DLQ);
    }

    @Test
    void schedule_createsAOneTimeScheduleThatDeletesItself_retries_andHasADeadLetterQueue() {
        scheduler.schedule(42, 3, Instant.parse("2026-11-28T09:05:30.250Z"));

        GetScheduleResponse s = client.getSchedule(r -> r.groupName("touban-escalation").name("incident-42-step-3"));
        assertThat(s.scheduleExpression()).isEqualTo("at(2026-11-28T09:05:30)");
        assertThat(s.scheduleExpressionTimezone()).isEqualTo("UTC");
        assertThat(s.actionAfterCompletionAsString()).isEqualTo("DELETE");
        assertThat(s.flexibleTimeWindow().modeAsString()).isEqualTo("OFF");
        assertThat(s.target().arn()).isEqualTo(STEP);
        assertThat(s.target().roleArn()).isEqualTo(ROLE);
        assertThat(s.target().input()).isEqualTo("{\"incident\":42,\"step\":3}");
        assertThat(s.target().retryPolicy().maximumRetryAttempts()).isEqualTo(SchedulerStepScheduler.MAX_RETRIES);
        assertThat(s.target().retryPolicy().maximumEventAgeInSeconds()).isEqualTo(SchedulerStepScheduler.MAX_EVENT_AGE_SECONDS);
        assertThat(s.target().deadLetterConfig().arn()).isEqualTo(DLQ);
    }

    @Test
    void schedule_twiceForTheSameStep_keepsOneSchedule() {
        scheduler.schedule(42, 3, Instant.parse("2026-11-28T09:05:00Z"));
        scheduler.schedule(42, 3, Instant.parse("2026-11-28T09:06:00Z"));

        assertThat(schedules.all()).singleElement().satisfies(s -> assertThat(s.at()).isEqualTo(Instant.parse("2026-11-28T09:05:00Z")));
    }

    @Test
    void cancel_removesTheSchedule_andIsHarmlessWhenItIsGone() {
        scheduler.schedule(42, 3, Instant.parse("2026-11-28T09:05:00Z"));

        scheduler.cancel(42, 3);
        scheduler.cancel(42, 3);

        assertThat(schedules.all()).isEmpty();
    }

    @Test
    void takeDue_handsOutOnlyWhatIsDue_andDeletesIt() {
        scheduler.schedule(1, 1, Instant.parse("2026-11-28T09:05:00Z"));
        scheduler.schedule(2, 1, Instant.parse("2026-11-28T09:10:00Z"));

        assertThat(schedules.takeDue(Instant.parse("2026-11-28T09:05:00Z"))).extracting(OneTimeSchedules.Schedule::input)
                .containsExactly("{\"incident\":1,\"step\":1}");
        assertThat(schedules.all()).extracting(OneTimeSchedules.Schedule::name).containsExactly("incident-2-step-1");
    }
}
