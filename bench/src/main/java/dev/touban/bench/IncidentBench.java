package dev.touban.bench;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.incident.IncidentRuntime;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import dev.touban.domain.incident.IncidentStore.TriggerOutcome;
import dev.touban.testing.AwsEmulator;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.SlackRequests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * What the incident functions need around them in the emulator, set up as template.yaml
 * deploys it: the bot token and acknowledge-link key as SSM SecureStrings, the escalation
 * schedule group, and the EventBridge rule that hands {@code EscalationStepDue} events to the
 * step function (here an SQS queue the alert storm drains into escalation-step runtimes).
 * Also makes the events the incident rows answer: an Events API trigger with a dedup key of
 * its own (so each one opens an incident), and the first tier's step for an incident opened
 * just before through the real {@link IncidentDesk} (so each step really pages).
 */
final class IncidentBench {
    static final String BOT_TOKEN_PARAM = "/touban/slack/bot-token";
    static final String ACK_KEY_PARAM = "/touban/ack-link-key";
    static final String SCHEDULE_GROUP = "touban-escalation";
    static final String STEP_QUEUE = "touban-bench-step-due";
    static final String PAGES_TOPIC = "touban-pages";
    static final String TRIGGER_EVENT = "alert-intake-events-api-trigger.json";
    static final String STEP_EVENT = "escalation-step-step-due.json";
    private static final String ACCOUNT = "123456789012";
    private static final List<String> SWEPT_PARTITIONS = List.of("INCIDENT#", "ALERT#", "RATE#", "REQUEST#");

    private final AwsEmulator moto;
    private final String table;
    private final SlackStub slack;
    private final AtomicLong unique;
    private final IncidentDesk desk;
    private final OncallConfig config;
    private final AwsClients aws;
    private String queueUrl;

    IncidentBench(AwsEmulator moto, String table, SlackStub slack, AtomicLong unique) {
        this.moto = moto;
        this.table = table;
        this.slack = slack;
        this.unique = unique;
        this.aws = new AwsClients(AwsSettings.emulator(moto.endpoint(), Region.of(AwsEmulator.REGION)));
        this.config = ConfigLoader.load(RepoFiles.path("config/oncall.example.yaml").toString());
        Map<String, String> env = new LinkedHashMap<>(commonEnvironment());
        env.put("TABLE_NAME", table);
        env.put("TOUBAN_AWS_ENDPOINT", moto.endpoint().toString());
        // Seeding only opens incidents: the first tier is left for the measured step function to page.
        this.desk = IncidentRuntime.builder(env, aws, Clock.systemUTC()).config(config)
                .stepTrigger((incident, step) -> {}).build().desk();
    }

    /** The environment template.yaml gives alert-intake and escalation-step (secrets by SSM name). */
    Map<String, String> commonEnvironment() {
        Map<String, String> env = templateEnvironment(slack.base());
        // off AWS: End User Messaging (SMS) at the stub, and the example roster's published routing key accepted
        env.put("VOICE_ENDPOINT", slack.base().replace("/api/", "/"));
        env.put("ACCEPT_EXAMPLE_ROUTING_KEY", "true");
        return env;
    }

    /** {@link #commonEnvironment()}, with Slack's Web API at {@code slackBase}. */
    static Map<String, String> templateEnvironment(String slackBase) {
        String region = AwsEmulator.REGION;
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SLACK_BOT_TOKEN_PARAM", BOT_TOKEN_PARAM);
        env.put("ACK_LINK_KEY_PARAM", ACK_KEY_PARAM);
        env.put("SLACK_API_BASE", slackBase);
        env.put("PUBLIC_BASE_URL", "https://abcdef1234.execute-api." + region + ".amazonaws.com");
        env.put("SCHEDULE_GROUP", SCHEDULE_GROUP);
        env.put("STEP_FUNCTION_ARN", "arn:aws:lambda:" + region + ":" + ACCOUNT + ":function:touban-escalation-step:live");
        env.put("SCHEDULER_ROLE_ARN", "arn:aws:iam::" + ACCOUNT + ":role/touban-scheduler-invoke");
        env.put("SCHEDULE_DLQ_ARN", "arn:aws:sqs:" + region + ":" + ACCOUNT + ":touban-schedule-dlq");
        env.put("EVENT_BUS_NAME", "default");
        env.put("PAGES_TOPIC_ARN", "arn:aws:sns:" + region + ":" + ACCOUNT + ":" + PAGES_TOPIC);
        env.put("EVENTS_PER_MINUTE", "120");
        env.put("OPEN_EVENTS_PER_MINUTE", "600");
        env.put("UNAUTHENTICATED_PER_MINUTE", "60");
        env.put("ALARMS_TOPIC_ARN", "arn:aws:sns:" + region + ":" + ACCOUNT + ":touban-alarms");
        env.put("INBOUND_SMS_TOPIC_ARN", "arn:aws:sns:" + region + ":" + ACCOUNT + ":touban-inbound-sms");
        env.put("SMS_ORIGINATION_IDENTITY", "arn:aws:sms-voice:" + region + ":" + ACCOUNT + ":phone-number/phone-bench");
        env.put("SMS_TWO_WAY_NUMBER", "+15555550100");
        env.put("TOUBAN_CONFIG", "oncall.example.yaml");
        return env;
    }

    void prepare() {
        try (SsmClient ssm = aws.configure(SsmClient.builder()).build();
             SchedulerClient scheduler = aws.configure(SchedulerClient.builder()).build();
             SqsClient sqs = aws.configure(SqsClient.builder()).build();
             EventBridgeClient events = aws.configure(EventBridgeClient.builder()).build();
             SnsClient sns = aws.configure(SnsClient.builder()).build()) {
            sns.createTopic(r -> r.name(PAGES_TOPIC));
            ssm.putParameter(r -> r.name(BOT_TOKEN_PARAM).type(ParameterType.SECURE_STRING).value("xoxb-touban-bench").overwrite(true));
            ssm.putParameter(r -> r.name(ACK_KEY_PARAM).type(ParameterType.SECURE_STRING)
                    .value("touban-bench-ack-link-key-0123456789abcdef").overwrite(true));
            scheduler.createScheduleGroup(r -> r.name(SCHEDULE_GROUP));
            queueUrl = sqs.createQueue(r -> r.queueName(STEP_QUEUE)).queueUrl();
            String queueArn = "arn:aws:sqs:" + AwsEmulator.REGION + ":" + ACCOUNT + ":" + STEP_QUEUE;
            events.putRule(r -> r.name("touban-step-due").eventBusName("default")
                    .eventPattern("{\"source\":[\"touban\"],\"detail-type\":[\"EscalationStepDue\"]}"));
            events.putTargets(r -> r.rule("touban-step-due").eventBusName("default")
                    .targets(t -> t.id("escalation-step").arn(queueArn)));
        }
    }

    /** An Events API v2 trigger for service web, its dedup key new, so it opens an incident. */
    byte[] trigger(String dedupKey) {
        try {
            Map<String, Object> event = JSON.std.mapFrom(RepoFiles.read("events/" + TRIGGER_EVENT));
            Map<String, Object> body = JSON.std.mapFrom((String) event.get("body"));
            body.put("dedup_key", dedupKey);
            event.put("body", JSON.std.asString(body));
            return JSON.std.asBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] newTrigger() {
        return trigger("bench-" + unique.incrementAndGet());
    }

    /** Opens an incident through the real desk and store, and returns its first tier's EscalationStepDue event. */
    byte[] stepForNewIncident() {
        return stepEvent(openIncident(), 0);
    }

    /** Opens an incident of team sre through the real desk and store (untimed), for a row that acknowledges it; returns its number. */
    long openIncident() {
        Alert alert = Alert.simple("Checkout p99 latency above 2 s", "grafana.internal", Severity.CRITICAL);
        TriggerOutcome outcome = desk.trigger(new NewIncident("web", "bench-step-" + unique.incrementAndGet(), "web", "sre",
                "sre-default", alert), Instant.now());
        return switch (outcome) {
            case TriggerOutcome.Opened o -> o.incident().number();
            default -> throw new IllegalStateException("seeding did not open an incident: " + outcome);
        };
    }

    /** The sample Acknowledge press (Bob, of team sre) on incident {@code number}, signed now. */
    @SuppressWarnings("unchecked")
    byte[] acknowledgePress(SlackRequests slack, long number) {
        try {
            String sample = (String) SlackRequests.event("slack-interaction-acknowledge.json").get("body");
            Map<String, Object> payload = JSON.std.mapFrom(SlackRequests.decodeForm(sample).get("payload"));
            ((Map<String, Object>) ((List<Object>) payload.get("actions")).get(0)).put("value", Long.toString(number));
            String body = "payload=" + URLEncoder.encode(JSON.std.asString(payload), StandardCharsets.UTF_8);
            return slack.signedEventWithBody("slack-interaction-acknowledge.json", body, Instant.now()).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] stepEvent(long incident, int step) {
        try {
            Map<String, Object> event = JSON.std.mapFrom(RepoFiles.read("events/" + STEP_EVENT));
            event.put("detail", Map.of("incident", incident, "step", step));
            return JSON.std.asBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes what pages pile up in the emulator: every incident's items (incident, timeline,
     * Slack message references, alert, team listing, the open list) and the one-time schedules
     * of later tiers. A warm series calls it between invocations (untimed), so moto's table stays
     * the size of a busy week rather than growing with every page.
     */
    void sweep() {
        DynamoDbClient dynamo = aws.dynamoDb();
        for (Map<String, AttributeValue> item : dynamo.scanPaginator(r -> r.tableName(table)).items()) {
            String pk = item.get("pk").s();
            if (SWEPT_PARTITIONS.stream().anyMatch(pk::startsWith) || pk.endsWith("#INCIDENTS")) {
                dynamo.deleteItem(r -> r.tableName(table).key(Map.of("pk", item.get("pk"), "sk", item.get("sk"))));
            }
        }
        try (SchedulerClient scheduler = aws.configure(SchedulerClient.builder()).build()) {
            for (var schedule : scheduler.listSchedulesPaginator(r -> r.groupName(SCHEDULE_GROUP)).schedules()) {
                scheduler.deleteSchedule(r -> r.groupName(SCHEDULE_GROUP).name(schedule.name()));
            }
        }
    }

    /**
     * What the table says of pages not sent: every delivery not marked sent (state, attempts,
     * retry time, lease) and every failed page on a timeline (with its reason), one line each.
     * A warm series prints it when an alert's first page did not arrive in its round.
     */
    List<String> unsentPages() {
        List<String> lines = new java.util.ArrayList<>();
        DynamoDbClient dynamo = aws.dynamoDb();
        for (Map<String, AttributeValue> item : dynamo.scanPaginator(r -> r.tableName(table)).items()) {
            String type = item.containsKey("type") ? item.get("type").s() : "";
            boolean unsent = "DELIVERY".equals(type) && !"SENT".equals(item.get("state").s());
            boolean failed = "TIMELINE".equals(type) && "PAGE_FAILED".equals(item.get("kind").s());
            if (unsent || failed) {
                lines.add(item.get("pk").s() + " " + item.get("sk").s() + " " + describe(item));
            }
        }
        return lines;
    }

    private static String describe(Map<String, AttributeValue> item) {
        StringBuilder out = new StringBuilder();
        item.forEach((name, value) -> {
            if (!name.equals("pk") && !name.equals("sk")) {
                out.append(name).append('=').append(value.s() != null ? value.s() : value.n()).append(' ');
            }
        });
        return out.toString().trim();
    }

    /** Empties the step queue (steps asked for by earlier rows), before the storm. */
    void purgeSteps() {
        try (SqsClient sqs = aws.configure(SqsClient.builder()).build()) {
            sqs.purgeQueue(r -> r.queueUrl(queueUrl));
        }
    }

    /** The EscalationStepDue events EventBridge delivered to the queue since the last purge, as Lambda would receive them. */
    List<byte[]> drainSteps() {
        List<byte[]> out = new java.util.ArrayList<>();
        try (SqsClient sqs = aws.configure(SqsClient.builder()).build()) {
            while (true) {
                var messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(0)).messages();
                if (messages.isEmpty()) {
                    return out;
                }
                for (var m : messages) {
                    out.add(m.body().getBytes(StandardCharsets.UTF_8));
                    sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
                }
            }
        }
    }

    String table() {
        return table;
    }

    AwsEmulator moto() {
        return moto;
    }
}
