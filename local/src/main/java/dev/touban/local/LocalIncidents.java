package dev.touban.local;

import com.sun.net.httpserver.HttpServer;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoHeartbeatStore;
import dev.touban.aws.dynamo.DynamoIncidentStore;
import dev.touban.aws.incident.IncidentRuntime;
import dev.touban.aws.paging.PagingChannels;
import dev.touban.domain.heartbeat.HeartbeatStore;
import dev.touban.domain.heartbeat.HeartbeatWatch;
import dev.touban.domain.incident.IncidentStore;
import dev.touban.escalation.EscalationStep;
import dev.touban.escalation.EscalationStepHandler;
import dev.touban.intake.AlertIntakeHandler;
import dev.touban.intake.IntakeSettings;
import dev.touban.testing.OneTimeSchedules;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Incidents on this machine: the alert intake ({@code POST /v2/enqueue}, {@code /heartbeat/{key}}, {@code /ack/{token}}),
 * the escalation-step function run in-process for {@code EscalationStepDue} events and for
 * one-time schedules when the clock moves, the voice API recorder, and SMS replies
 * ({@code POST /local/sms}). What the handlers published to SNS reaches the outbox through {@link SnsOutbox}.
 */
final class LocalIncidents {
    static final String SCHEDULE_GROUP = "touban-escalation";
    static final String DEFAULT_ACK_LINK_KEY = "touban-local-ack-link-key";

    private final IncidentRuntime runtime;
    private final LocalOneTimeSchedules schedules;
    private final AlertIntakeHandler intake;
    private final VoiceApiRecorder voice;
    private final LocalSms sms;
    private final EscalationStepHandler stepHandler;
    private final IncidentStore sweepIndex;
    private final HeartbeatStore heartbeatIndex;

    private LocalIncidents(IncidentRuntime runtime, LocalOneTimeSchedules schedules, AlertIntakeHandler intake,
            VoiceApiRecorder voice, LocalSms sms, EscalationStepHandler stepHandler, IncidentStore sweepIndex,
            HeartbeatStore heartbeatIndex) {
        this.stepHandler = stepHandler;
        this.sweepIndex = sweepIndex;
        this.heartbeatIndex = heartbeatIndex;
        this.runtime = runtime;
        this.schedules = schedules;
        this.intake = intake;
        this.voice = voice;
        this.sms = sms;
    }

    /** Creates the schedule group and pages topic on the emulator and completes {@code env} for the handlers. */
    static LocalIncidents create(Map<String, String> env, URI emulator, String base, LocalClock clock, Outbox outbox) {
        AwsClients aws = new AwsClients(AwsSettings.fromEnvironment(env));
        Map<String, String> direct = new HashMap<>(env);
        direct.put("TOUBAN_AWS_ENDPOINT", emulator.toString());
        // What plays AWS here (Scheduler firing schedules, the outbox) is not under game-day faults.
        AwsClients harness = new AwsClients(AwsSettings.fromEnvironment(direct));
        OneTimeSchedules oneTime = new OneTimeSchedules(harness.configure(SchedulerClient.builder()).build(), SCHEDULE_GROUP).createGroup();
        String topic = harness.configure(SnsClient.builder()).build().createTopic(r -> r.name("touban-pages")).topicArn();
        env.putIfAbsent("ACK_LINK_KEY", DEFAULT_ACK_LINK_KEY);
        env.putIfAbsent("PUBLIC_BASE_URL", base);
        env.put("SCHEDULE_GROUP", SCHEDULE_GROUP);
        env.putIfAbsent("STEP_FUNCTION_ARN", "arn:aws:lambda:us-east-1:123456789012:function:touban-escalation-step:live");
        env.putIfAbsent("SCHEDULER_ROLE_ARN", "arn:aws:iam::123456789012:role/touban-scheduler");
        env.putIfAbsent("PAGES_TOPIC_ARN", topic);
        env.putIfAbsent("VOICE_ORIGINATION_IDENTITY", "+15555550100");
        env.putIfAbsent("VOICE_ENDPOINT", base + VoiceApiRecorder.PATH);
        env.putIfAbsent("SMS_ORIGINATION_IDENTITY", LocalSms.TWO_WAY_NUMBER);
        env.putIfAbsent("SMS_TWO_WAY_NUMBER", LocalSms.TWO_WAY_NUMBER);
        env.putIfAbsent("INBOUND_SMS_TOPIC_ARN", LocalSms.TOPIC_ARN);
        env.putIfAbsent(IntakeSettings.ACCEPT_EXAMPLE_KEY, "true");
        env.remove("SLACK_BOT_TOKEN_PARAM");
        env.remove("ACK_LINK_KEY_PARAM");

        LocalSteps steps = new LocalSteps(clock);
        IncidentRuntime runtime = IncidentRuntime.builder(env, aws, clock).stepTrigger(steps)
                .pagingChannels(r -> PagingChannels.fromEnvironment(env, aws, r::smsCodes)).build();
        EscalationStepHandler stepHandler = new EscalationStepHandler(EscalationStepHandler.create(runtime, env), clock);
        steps.deliverTo(stepHandler);
        AlertIntakeHandler intake = new AlertIntakeHandler(AlertIntakeHandler.create(runtime, env), clock);
        return new LocalIncidents(runtime, new LocalOneTimeSchedules(oneTime, stepHandler), intake,
                new VoiceApiRecorder(outbox, clock), new LocalSms(intake, clock), stepHandler,
                new DynamoIncidentStore(harness.dynamoDb(), env.get("TABLE_NAME")),
                new DynamoHeartbeatStore(harness::dynamoDb, env.get("TABLE_NAME")));
    }

    /** The escalation-step function, as the template's schedules invoke it (the one-minute sweep). */
    EscalationStepHandler stepHandler() {
        return stepHandler;
    }

    /** When the one-minute sweep has work locally: a step or delivery due in the sweep index, or a heartbeat turning
     * missed. Both are read from the emulator directly: this plays EventBridge Scheduler, which game-day faults never touch. */
    CronSchedules.Wakeups sweepWakeups() {
        CronSchedules.Wakeups steps = SweepWakeups.of(sweepIndex);
        return (after, upTo) -> java.util.stream.Stream.concat(steps.between(after, upTo).stream(),
                new HeartbeatWatch(runtime.config(), heartbeatIndex, runtime.desk()).missesBetween(after, upTo).stream())
                .distinct().sorted().toList();
    }

    IncidentRuntime runtime() {
        return runtime;
    }

    LocalOneTimeSchedules schedules() {
        return schedules;
    }

    void register(HttpServer server, LocalClock clock) {
        server.createContext("/v2/enqueue", exchange -> {
            LambdaHttpBridge.serve(exchange, intake, clock.instant());
        });
        server.createContext("/ack/", exchange -> {
            LambdaHttpBridge.serve(exchange, intake, clock.instant());
        });
        server.createContext("/heartbeat/", exchange -> {
            LambdaHttpBridge.serve(exchange, intake, clock.instant());
        });
        server.createContext(VoiceApiRecorder.PATH, voice::api);
        server.createContext("/local/sms", sms::handle);
    }
}
