package dev.touban.intake;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.incident.IncidentRuntime;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.scheduler.SchedulerClient;

/** The alert intake wired to the emulator and a Slack recorder, as its handler is in the deployment. */
final class IntakeWorld implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");
    static final String ROUTING_KEY = "0123456789abcdef0123456789abcdef";
    static final String LINK_KEY = "intake-test-link-key-0123456789";
    /** As in the sample events: the topics, and the two-way number the SMS reply was sent to. */
    static final String ALARMS_TOPIC = "arn:aws:sns:ap-northeast-1:123456789012:touban-alarms";
    static final String INBOUND_SMS_TOPIC = "arn:aws:sns:ap-northeast-1:123456789012:touban-inbound-sms";
    static final String TWO_WAY_NUMBER = "+18005550100";
    static final String SMS_ORIGINATION = "arn:aws:sms-voice:ap-northeast-1:123456789012:phone-number/phone-0123456789abcdef";

    final Emulated aws;
    final MutableClock clock = new MutableClock(T0);
    final ApiRecorder apis = ApiRecorder.start();
    final MotoRecords moto;
    final IncidentRuntime runtime;
    final AlertIntakeHandler handler;
    private final AlertIntake intake;
    /** The environment the handler was wired from. */
    final Map<String, String> env;

    IntakeWorld(Emulated aws, Map<String, String> extraEnv) {
        this(aws, extraEnv, java.util.function.UnaryOperator.identity());
    }

    /** {@code parts} may wrap the runtime's parts (a DynamoDB client that injects throttling, say). */
    IntakeWorld(Emulated aws, Map<String, String> extraEnv, java.util.function.UnaryOperator<IncidentRuntime.Builder> parts) {
        this.aws = aws;
        this.moto = new MotoRecords(aws.endpoint());
        Map<String, String> env = new HashMap<>();
        this.env = env;
        env.put("TOUBAN_AWS_ENDPOINT", aws.endpoint().toString());
        env.put("AWS_REGION", aws.region().id());
        env.put("TABLE_NAME", aws.tableName());
        env.put("TOUBAN_CONFIG", RepoFiles.path("config/oncall.example.yaml").toString());
        env.put("SLACK_BOT_TOKEN", "xoxb-test");
        env.put("SLACK_API_BASE", apis.slackBase().toString());
        env.put("ACK_LINK_KEY", LINK_KEY);
        env.put("PUBLIC_BASE_URL", "https://touban.example");
        env.put("SCHEDULE_GROUP", "touban-escalation");
        env.put("VOICE_ENDPOINT", apis.voiceEndpoint().toString());
        env.put("SMS_ORIGINATION_IDENTITY", SMS_ORIGINATION);
        env.put("SMS_TWO_WAY_NUMBER", TWO_WAY_NUMBER);
        env.put("ALARMS_TOPIC_ARN", ALARMS_TOPIC);
        env.put("INBOUND_SMS_TOPIC_ARN", INBOUND_SMS_TOPIC);
        env.put(IntakeSettings.ACCEPT_EXAMPLE_KEY, "true");
        env.putAll(extraEnv);
        AwsClients clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        EventBridgeClient events = clients.configure(EventBridgeClient.builder()).build();
        String queue = moto.createQueue("touban-events", aws.region().id());
        events.putRule(r -> r.name("touban-all").eventPattern("{\"source\":[\"touban\"]}"));
        events.putTargets(r -> r.rule("touban-all").targets(Target.builder().id("queue").arn(queue).build()));
        new OneTimeSchedules(clients.configure(SchedulerClient.builder()).build(), "touban-escalation").createGroup();
        this.runtime = parts.apply(IncidentRuntime.builder(env, clients, clock)).build();
        this.intake = AlertIntakeHandler.create(runtime, env);
        this.handler = new AlertIntakeHandler(intake, clock);
    }

    /** The intake behind the handler, for what the handler's answer does not show (what it did with each SNS record). */
    AlertIntake intake() {
        return intake;
    }

    /** Runs the handler on a raw Lambda event and returns its output as a map. */
    Map<String, Object> invoke(String eventJson) {
        return invoke(handler, eventJson);
    }

    /** Runs {@code handler} on a raw Lambda event and returns its output as a map. */
    Map<String, Object> invoke(AlertIntakeHandler handler, String eventJson) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)), out, null);
            return JSON.std.mapFrom(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event in events/{name}. */
    static String event(String name) {
        return RepoFiles.read("events/" + name);
    }

    /** The HTTP event in events/{name} with another body. */
    static String withBody(String name, String body) {
        try {
            Map<String, Object> event = JSON.std.mapFrom(event(name));
            event.put("body", body);
            return JSON.std.asString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTTP event in events/{name} with another body and Content-Type ({@code null}: none). */
    @SuppressWarnings("unchecked")
    static String withBody(String name, String body, String contentType) {
        try {
            Map<String, Object> event = JSON.std.mapFrom(withBody(name, body));
            Map<String, Object> headers = (Map<String, Object>) event.get("headers");
            headers.remove("content-type");
            if (contentType != null) {
                headers.put("content-type", contentType);
            }
            return JSON.std.asString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTTP event in events/{name} for another method and path. */
    @SuppressWarnings("unchecked")
    static String request(String name, String method, String path) {
        try {
            Map<String, Object> event = JSON.std.mapFrom(event(name));
            event.put("rawPath", path);
            ((Map<String, Object>) ((Map<String, Object>) event.get("requestContext")).get("http")).put("method", method);
            ((Map<String, Object>) ((Map<String, Object>) event.get("requestContext")).get("http")).put("path", path);
            return JSON.std.asString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every item in the table. */
    List<Map<String, AttributeValue>> items() {
        try (var dynamo = aws.dynamo()) {
            return dynamo.scan(r -> r.tableName(aws.tableName()).consistentRead(true)).items();
        }
    }

    /** detail-type of each event EventBridge delivered, in order. */
    List<String> eventTypes() {
        return moto.sqsBodies().stream().map(b -> {
            try {
                return String.valueOf(JSON.std.mapFrom(b).get("detail-type"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    @Override
    public void close() {
        apis.close();
    }
}
