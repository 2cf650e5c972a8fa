package dev.touban.handoff;

import dev.touban.aws.http.Json;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.touban.aws.AwsClients;
import dev.touban.aws.Environment;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoAttendanceStore;
import dev.touban.aws.dynamo.DynamoHandoffLedger;
import dev.touban.aws.dynamo.DynamoIncidentStore;
import dev.touban.aws.dynamo.DynamoMaintenanceStore;
import dev.touban.aws.dynamo.StoredIncidentReports;
import dev.touban.aws.dynamo.DynamoScheduleChangeStore;
import dev.touban.aws.notify.EventBus;
import dev.touban.aws.slack.SlackWebApi;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.rotation.EffectiveOnCall;
import dev.touban.domain.maintenance.Maintenance;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Lambda entry point for the handoff sweep (an EventBridge Scheduler rate of one minute).
 * Reads the schedule's Input, runs {@link RotationHandoff} with the clock read once, writes
 * its result; a rejected event or a run that left steps undone fails the invocation, so
 * Lambda retries it and then dead-letters it. The no-argument constructor wires everything
 * once per cold start (the Slack bot token from its SSM SecureString); tests pass the pieces in.
 */
public final class RotationHandoffHandler implements RequestStreamHandler {
    private final RotationHandoff handoff;
    private final Clock clock;

    public RotationHandoffHandler() {
        this(System.getenv(), Clock.systemUTC());
    }

    public RotationHandoffHandler(Map<String, String> env, Clock clock) {
        AwsClients aws = new AwsClients(AwsSettings.fromEnvironment(env));
        OncallConfig config = ConfigLoader.load(env.getOrDefault("TOUBAN_CONFIG", "oncall.yaml"));
        String table = Environment.required(env, "TABLE_NAME");
        String token = Environment.secret(env, aws, "SLACK_BOT_TOKEN_PARAM", "SLACK_BOT_TOKEN", "the Slack bot token");
        URI slackBase = URI.create(env.getOrDefault("SLACK_API_BASE", SlackWebApi.SLACK.toString()));
        this.handoff = new RotationHandoff(config,
                new EffectiveOnCall(new DynamoScheduleChangeStore(aws.dynamoDb(), table)),
                new DynamoHandoffLedger(aws.dynamoDb(), table),
                new DynamoAttendanceStore(aws.dynamoDb(), table),
                new StoredIncidentReports(new DynamoIncidentStore(aws.dynamoDb(), table)),
                new SlackWebApi(slackBase, token),
                new SnsTopic(aws.configure(SnsClient.builder()).build(), Environment.required(env, "HANDOFF_TOPIC_ARN")),
                new EventBus(aws.configure(EventBridgeClient.builder()).build(), Environment.required(env, "EVENT_BUS_NAME")),
                new Maintenance(config, new DynamoMaintenanceStore(aws::dynamoDb, table)));
        this.clock = clock;
    }

    public RotationHandoffHandler(RotationHandoff handoff, Clock clock) {
        this.handoff = handoff;
        this.clock = clock;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Map<String, Object> event;
        try {
            event = Json.parseObject(input);
        } catch (Json.JsonException e) {
            throw new HandoffEventRejected("the event is not a JSON object: " + e.getMessage());
        }
        Json.write(handoff.run(event, clock.instant()), output);
    }
}
