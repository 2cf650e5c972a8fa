package dev.touban.slack;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.Lazy;
import dev.touban.aws.dynamo.DynamoAttendanceStore;
import dev.touban.aws.http.ApiGatewayHttp;
import dev.touban.aws.http.HttpRequest;
import dev.touban.aws.http.HttpResponse;
import dev.touban.aws.secrets.SsmSecrets;
import dev.touban.aws.snapstart.SnapStartHooks;
import dev.touban.domain.attendance.AttendanceStore;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.rotation.ConfiguredOnCall;
import dev.touban.domain.rotation.OnCallLookup;
import dev.touban.domain.slack.SlackSignature;
import dev.touban.slack.commands.ByeCommand;
import dev.touban.slack.commands.CommandRouter;
import dev.touban.slack.commands.HelloCommand;
import dev.touban.slack.commands.WhoCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Lambda entry point for {@code POST /slack/commands}: converts the API Gateway event,
 * calls {@link SlackWebhook}, converts back. The no-argument constructor wires everything
 * once per cold start from the environment and registers the SnapStart hooks; tests pass
 * the pieces in.
 */
public final class SlackWebhookHandler implements RequestStreamHandler {
    private final SlackWebhook webhook;
    private final Clock clock;
    private final Lazy<SnapStartHooks> snapStart;

    public SlackWebhookHandler() {
        this(System.getenv(), Clock.systemUTC());
    }

    public SlackWebhookHandler(Map<String, String> env, Clock clock) {
        AwsClients aws = new AwsClients(AwsSettings.fromEnvironment(env));
        OncallConfig config = ConfigLoader.load(env.getOrDefault("TOUBAN_CONFIG", "oncall.yaml"));
        String secret = env.containsKey("SLACK_SIGNING_SECRET_PARAM")
                ? new SsmSecrets(aws).get(env.get("SLACK_SIGNING_SECRET_PARAM"))
                : localSecret(env);
        // Built by the first command that needs it (or by SnapStart priming): help and who never pay for it.
        Lazy<DynamoDbClient> dynamo = new Lazy<>(aws::dynamoDb);
        String table = required(env, "TABLE_NAME");
        AttendanceStore store = new DynamoAttendanceStore(dynamo, table);
        String slashCommand = env.getOrDefault("TOUBAN_SLASH_COMMAND", "/oncall");
        SlackSignature signature = new SlackSignature(secret);
        this.webhook = create(config, signature, store, new ConfiguredOnCall(), slashCommand);
        this.clock = clock;
        this.snapStart = new Lazy<>(() -> SlackWebhookPriming.hooks(this, config, signature, slashCommand, clock, dynamo, table,
                aws.settings()));
        if (SnapStartHooks.snapshotInit(env)) {
            snapStart.get().register();
        }
    }

    public SlackWebhookHandler(SlackWebhook webhook, Clock clock) {
        this.webhook = webhook;
        this.clock = clock;
        this.snapStart = new Lazy<>(SnapStartHooks::new);
    }

    public static SlackWebhook create(OncallConfig config, SlackSignature signature, AttendanceStore store,
            OnCallLookup onCall, String slashCommand) {
        CommandRouter router = new CommandRouter()
                .add("hello", "hello [note]", "clock in for standby work", new HelloCommand(store))
                .add("bye", "bye", "clock out and see how long you worked", new ByeCommand(store))
                .add("who", "who", "who is on call for your team now", new WhoCommand(onCall));
        return new SlackWebhook(config, signature, router, slashCommand);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        HttpRequest request = ApiGatewayHttp.read(input);
        HttpResponse response = webhook.handle(request, clock.instant());
        ApiGatewayHttp.write(response, output);
    }

    /**
     * The hooks Lambda runs around the SnapStart snapshot; registered only while a snapshot is
     * being initialised, and held here because CRaC keeps only a weak reference.
     */
    public SnapStartHooks snapStart() {
        return snapStart.get();
    }

    /** Off AWS (the local runner, tests) the secret may come straight from the environment. */
    private static String localSecret(Map<String, String> env) {
        if (!env.containsKey("TOUBAN_AWS_ENDPOINT")) {
            throw new IllegalStateException("SLACK_SIGNING_SECRET_PARAM must name the SSM SecureString holding the Slack signing secret");
        }
        return required(env, "SLACK_SIGNING_SECRET");
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return value;
    }
}
