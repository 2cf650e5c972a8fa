package dev.touban.aws.scheduler;

import dev.touban.domain.escalation.StepScheduler;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.ActionAfterCompletion;
import software.amazon.awssdk.services.scheduler.model.ConflictException;
import software.amazon.awssdk.services.scheduler.model.CreateScheduleRequest;
import software.amazon.awssdk.services.scheduler.model.DeadLetterConfig;
import software.amazon.awssdk.services.scheduler.model.DeleteScheduleRequest;
import software.amazon.awssdk.services.scheduler.model.FlexibleTimeWindow;
import software.amazon.awssdk.services.scheduler.model.FlexibleTimeWindowMode;
import software.amazon.awssdk.services.scheduler.model.ResourceNotFoundException;
import software.amazon.awssdk.services.scheduler.model.RetryPolicy;
import software.amazon.awssdk.services.scheduler.model.Target;

/**
 * One EventBridge Scheduler one-time schedule per escalation step, {@code at(...)} in UTC,
 * invoking the escalation-step function with {@code {"incident":n,"step":s}}. Scheduler
 * deletes it after it fires, retries a failed invocation, and sends what it finally could
 * not deliver to the dead-letter queue. A name per incident and step makes scheduling
 * twice a conflict, which is ignored.
 */
public final class SchedulerStepScheduler implements StepScheduler {
    public static final int MAX_RETRIES = 5;
    public static final int MAX_EVENT_AGE_SECONDS = 900;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private final SchedulerClient scheduler;
    private final String group;
    private final String targetArn;
    private final String roleArn;
    private final String deadLetterArn;

    public SchedulerStepScheduler(SchedulerClient scheduler, String group, String targetArn, String roleArn, String deadLetterArn) {
        this.scheduler = scheduler;
        this.group = group;
        this.targetArn = targetArn;
        this.roleArn = roleArn;
        this.deadLetterArn = deadLetterArn;
    }

    public static String name(long incident, int step) {
        return "incident-" + incident + "-step-" + step;
    }

    public static String expression(Instant at) {
        return "at(" + AT.format(at.truncatedTo(ChronoUnit.SECONDS)) + ")";
    }

    public static String input(long incident, int step) {
        return "{\"incident\":" + incident + ",\"step\":" + step + "}";
    }

    @Override
    public void schedule(long incident, int step, Instant at) {
        Target.Builder target = Target.builder()
                .arn(targetArn)
                .roleArn(roleArn)
                .input(input(incident, step))
                .retryPolicy(RetryPolicy.builder().maximumRetryAttempts(MAX_RETRIES)
                        .maximumEventAgeInSeconds(MAX_EVENT_AGE_SECONDS).build());
        if (deadLetterArn != null && !deadLetterArn.isBlank()) {
            target.deadLetterConfig(DeadLetterConfig.builder().arn(deadLetterArn).build());
        }
        try {
            scheduler.createSchedule(CreateScheduleRequest.builder().name(name(incident, step))
                    .groupName(group)
                    .description("Touban incident " + incident + ", escalation step " + step)
                    .scheduleExpression(expression(at))
                    .scheduleExpressionTimezone("UTC")
                    .flexibleTimeWindow(FlexibleTimeWindow.builder().mode(FlexibleTimeWindowMode.OFF).build())
                    .actionAfterCompletion(ActionAfterCompletion.DELETE)
                    .target(target.build()).build());
        } catch (ConflictException e) {
            // already scheduled by an earlier delivery of the same step
        }
    }

    @Override
    public void cancel(long incident, int step) {
        try {
            scheduler.deleteSchedule(DeleteScheduleRequest.builder().name(name(incident, step)).groupName(group).build());
        } catch (ResourceNotFoundException e) {
            // fired and deleted already, or never created
        }
    }
}
