package dev.touban.escalation;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.incident.IncidentRuntime;
import dev.touban.aws.paging.PagingChannels;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import dev.touban.domain.incident.TimelineEntry;
import dev.touban.testing.ApiRecorder;
import dev.touban.testing.Emulated;
import dev.touban.testing.MotoRecords;
import dev.touban.testing.MutableClock;
import dev.touban.testing.OneTimeSchedules;
import dev.touban.testing.RepoFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The escalation step function wired to the emulator and recorders as in the deployment,
 * with the parts of AWS the emulator does not run played here: EventBridge's rule to the
 * function (events read back from the queue the rule feeds) and Scheduler firing due
 * one-time schedules when the test moves the clock.
 */
final class StepWorld implements AutoCloseable {
    /** Saturday 28 Nov 2026, 18:00 in Tokyo: carol is primary, alice secondary. */
    static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    final ApiRecorder apis = ApiRecorder.start();
    final MotoRecords moto;
    final IncidentRuntime runtime;
    final EscalationStepHandler handler;
    final OneTimeSchedules schedules;
    final String pagesTopic;
    private final Emulated aws;
    private final Map<String, String> env;
    private int eventsRead;

    StepWorld(Emulated aws) {
        this(aws, UnaryOperator.identity());
    }

    /** {@code roster} may change the example roster (a number SMS refuses, say). */
    StepWorld(Emulated aws, UnaryOperator<OncallConfig> roster) {
        this(aws, roster, UnaryOperator.identity());
    }

    /** {@code parts} may wrap the runtime's parts (store, DynamoDB client, scheduler, channels) to inject faults. */
    StepWorld(Emulated aws, UnaryOperator<OncallConfig> roster, UnaryOperator<IncidentRuntime.Builder> parts) {
        this.aws = aws;
        this.moto = new MotoRecords(aws.endpoint());
        AwsClients clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        this.schedules = new OneTimeSchedules(clients.configure(SchedulerClient.builder()).build(), "touban-escalation").createGroup();
        this.pagesTopic = clients.configure(SnsClient.builder()).build().createTopic(r -> r.name("touban-pages")).topicArn();
        EventBridgeClient events = clients.configure(EventBridgeClient.builder()).build();
        String queue = moto.createQueue("touban-events", aws.region().id());
        events.putRule(r -> r.name("touban-all").eventPattern("{\"source\":[\"touban\"]}"));
        events.putTargets(r -> r.rule("touban-all").targets(Target.builder().id("queue").arn(queue).build()));
        Map<String, String> env = new HashMap<>();
        this.env = env;
        env.put("TOUBAN_AWS_ENDPOINT", aws.endpoint().toString());
        env.put("AWS_REGION", aws.region().id());
        env.put("TABLE_NAME", aws.tableName());
        env.put("SLACK_BOT_TOKEN", "xoxb-test");
        env.put("SLACK_API_BASE", apis.slackBase().toString());
        env.put("ACK_LINK_KEY", "step-test-link-key-0123456789");
        env.put("PUBLIC_BASE_URL", "https://touban.example");
        env.put("SCHEDULE_GROUP", "touban-escalation");
        env.put("STEP_FUNCTION_ARN", "arn:aws:lambda:us-east-1:123456789012:function:touban-escalation-step:live");
        env.put("SCHEDULER_ROLE_ARN", "arn:aws:iam::123456789012:role/touban-scheduler");
        env.put("SCHEDULE_DLQ_ARN", "arn:aws:sqs:us-east-1:123456789012:touban-schedule-dlq");
        env.put("PAGES_TOPIC_ARN", pagesTopic);
        env.put("VOICE_ORIGINATION_IDENTITY", "+15555550100");
        env.put("SMS_ORIGINATION_IDENTITY", "+15555550100");
        env.put("VOICE_ENDPOINT", apis.voiceEndpoint().toString());
        OncallConfig config = roster.apply(ConfigLoader.fromFile(RepoFiles.path("config/oncall.example.yaml")));
        this.runtime = parts.apply(IncidentRuntime.builder(env, clients, clock).config(config)
                .pagingChannels(r -> PagingChannels.fromEnvironment(env, clients, r::smsCodes))).build();
        this.handler = new EscalationStepHandler(new EscalationStep(runtime.escalator()), clock);
    }

    /** The handler of a later deployment whose oncall.yaml is {@code config} (same table, recorders and clock). */
    EscalationStepHandler handlerWith(OncallConfig config) {
        AwsClients clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        IncidentRuntime redeployed = IncidentRuntime.builder(env, clients, clock).config(config)
                .pagingChannels(r -> PagingChannels.fromEnvironment(env, clients, r::smsCodes)).build();
        return new EscalationStepHandler(new EscalationStep(redeployed.escalator()), clock);
    }

    /**
     * The handler as Lambda builds it, from the environment alone: the world's environment with
     * the bot token and the link key replaced by the SSM parameters naming them.
     */
    EscalationStepHandler handlerFromEnvironment(String botTokenParameter, String linkKeyParameter) {
        Map<String, String> deployed = new HashMap<>(env);
        deployed.remove("SLACK_BOT_TOKEN");
        deployed.remove("ACK_LINK_KEY");
        deployed.put("SLACK_BOT_TOKEN_PARAM", botTokenParameter);
        deployed.put("ACK_LINK_KEY_PARAM", linkKeyParameter);
        deployed.put("TOUBAN_CONFIG", RepoFiles.path("config/oncall.example.yaml").toString());
        return new EscalationStepHandler(deployed, clock);
    }

    /** Delivers {@code json} to {@code handler} and reads its answer. */
    static Map<String, Object> deliver(EscalationStepHandler handler, String json) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), out, null);
            return JSON.std.mapFrom(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example roster with one member's phone replaced. */
    static UnaryOperator<OncallConfig> phoneOf(String memberId, String phone) {
        return c -> new OncallConfig(c.members().stream().map(m -> m.id().equals(memberId)
                ? new Member(m.id(), m.name(), m.slackUserId(), phone, m.email(), m.timeZone()) : m).toList(),
                c.teams(), Map.of(), c.policies(), c.services());
    }

    long trigger(String dedupKey) {
        return runtime.desk().trigger(new NewIncident("web", dedupKey, "web", "sre", "sre-default",
                Alert.simple("Checkout 5xx above 2%", "prometheus", Severity.CRITICAL)), clock.instant()).incident().number();
    }

    Map<String, Object> deliver(String json) {
        return deliver(handler, json);
    }

    Map<String, Object> deliverStep(long incident, int step) {
        return deliver("{\"incident\":" + incident + ",\"step\":" + step + "}");
    }

    /** Delivers every EscalationStepDue event put since the last call, as the bus rule would. */
    List<Map<String, Object>> deliverEvents() {
        List<String> bodies = moto.sqsBodies();
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (String body : bodies.subList(eventsRead, bodies.size())) {
            if (body.contains("\"detail-type\": \"EscalationStepDue\"") || body.contains("\"detail-type\":\"EscalationStepDue\"")) {
                outcomes.add(deliver(body));
            }
        }
        eventsRead = bodies.size();
        return outcomes;
    }

    /** Fires (and deletes) the one-time schedules due on the test's clock, as Scheduler would. */
    List<Map<String, Object>> fireDueSchedules() {
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (OneTimeSchedules.Schedule s : schedules.takeDue(clock.instant())) {
            outcomes.add(deliver(s.input()));
        }
        return outcomes;
    }

    List<TimelineEntry> timeline(long incident) {
        return runtime.desk().timeline(incident);
    }

    /** "kind channel target" for each page outcome on the timeline. */
    List<String> pages(long incident) {
        return timeline(incident).stream()
                .filter(e -> e.kind() == TimelineEntry.Kind.PAGED || e.kind() == TimelineEntry.Kind.PAGE_FAILED)
                .map(e -> e.kind() + " " + e.channel() + " " + e.target()).toList();
    }

    List<String> smsNumbers() {
        return apis.sms().stream().map(ApiRecorder.Sms::phoneNumber).toList();
    }

    List<Map<String, Object>> items() {
        try (var dynamo = aws.dynamo()) {
            return dynamo.scan(r -> r.tableName(aws.tableName()).consistentRead(true)).items().stream()
                    .map(i -> Map.<String, Object>copyOf(i)).toList();
        }
    }

    @Override
    public void close() {
        apis.close();
    }
}
