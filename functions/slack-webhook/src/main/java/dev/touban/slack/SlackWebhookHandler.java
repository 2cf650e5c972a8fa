package dev.touban.slack;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoAttendanceStore;
import dev.touban.aws.events.EventBridgeExportRequests;
import dev.touban.aws.dynamo.DynamoScheduleChangeStore;
import dev.touban.aws.http.ApiGatewayHttp;
import dev.touban.aws.http.HttpRequest;
import dev.touban.aws.http.HttpResponse;
import dev.touban.aws.secrets.SsmSecrets;
import dev.touban.domain.attendance.AttendanceStore;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.export.ExportRequests;
import dev.touban.domain.rotation.EffectiveOnCall;
import dev.touban.domain.rotation.OnCallLookup;
import dev.touban.domain.rotation.ScheduleChangeStore;
import dev.touban.domain.slack.SlackSignature;
import dev.touban.slack.commands.ByeCommand;
import dev.touban.slack.commands.CancelCommand;
import dev.touban.slack.commands.CommandRouter;
import dev.touban.slack.commands.ExportCommand;
import dev.touban.slack.commands.HelloCommand;
import dev.touban.slack.commands.OverrideCommand;
import dev.touban.slack.commands.OverridesCommand;
import dev.touban.slack.commands.ScheduleCommand;
import dev.touban.slack.commands.SwapCommand;
import dev.touban.slack.commands.WhoCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * Lambda entry point for {@code POST /slack/commands}: converts the API Gateway event,
 * calls {@link SlackWebhook}, converts back. The no-argument constructor wires everything
 * once per cold start from the environment; tests pass the pieces in.
 */
public final class SlackWebhookHandler implements RequestStreamHandler {
    private final SlackWebhook webhook;
    private final Clock clock;

    public SlackWebhookHandler() {
        this(System.getenv(), Clock.systemUTC());
    }

    public SlackWebhookHandler(Map<String, String> env, Clock clock) {
        this(env, clock, null);
    }

    /** Wires from the environment, with exports handed to {@code exports} (the local runner runs them in-process). */
    public SlackWebhookHandler(Map<String, String> env, Clock clock, ExportRequests exports) {
        AwsClients aws = new AwsClients(AwsSettings.fromEnvironment(env));
        OncallConfig config = ConfigLoader.load(env.getOrDefault("TOUBAN_CONFIG", "oncall.yaml"));
        String secret = env.containsKey("SLACK_SIGNING_SECRET_PARAM")
                ? new SsmSecrets(aws.ssm()).get(env.get("SLACK_SIGNING_SECRET_PARAM"))
                : localSecret(env);
        AttendanceStore store = new DynamoAttendanceStore(aws.dynamoDb(), required(env, "TABLE_NAME"));
        ExportRequests export = exports != null ? exports : exportRequests(env, aws);
        ScheduleChangeStore changes = new DynamoScheduleChangeStore(aws.dynamoDb(), required(env, "TABLE_NAME"));
        this.webhook = create(config, new SlackSignature(secret), store, changes,
                env.getOrDefault("TOUBAN_SLASH_COMMAND", "/oncall"), export);
        this.clock = clock;
    }

    public SlackWebhookHandler(SlackWebhook webhook, Clock clock) {
        this.webhook = webhook;
        this.clock = clock;
    }

    public static SlackWebhook create(OncallConfig config, SlackSignature signature, AttendanceStore store,
            ScheduleChangeStore changes, String slashCommand) {
        return create(config, signature, store, changes, slashCommand, request -> {
            throw new IllegalStateException("exports are not set up here");
        });
    }

    public static SlackWebhook create(OncallConfig config, SlackSignature signature, AttendanceStore store,
            ScheduleChangeStore changes, String slashCommand, ExportRequests exports) {
        OnCallLookup onCall = new EffectiveOnCall(changes);
        CommandRouter router = new CommandRouter()
                .add("hello", "hello [note]", "clock in for standby work", new HelloCommand(store))
                .add("bye", "bye", "clock out and see how long you worked", new ByeCommand(store))
                .add("who", "who [date | next week]", "who is on call for your team, now or then", new WhoCommand(onCall))
                .add("schedule", "schedule [weeks]", "the next shifts, overrides and swaps marked", new ScheduleCommand(onCall))
                .add("override", "override @user <from> <to> [primary|secondary]", "(admins) put someone on call for a range",
                        new OverrideCommand(changes))
                .add("swap", "swap @user [week]", "exchange your shift that week with theirs", new SwapCommand(changes))
                .add("overrides", "overrides [remove <id>]", "list overrides and swaps ahead, or remove one",
                        new OverridesCommand(changes, new CancelCommand(changes)))
                .add("cancel", "cancel <id>", "remove an override or swap", new CancelCommand(changes))
                .add("export", "export [YYYY-MM]", "(admins) last month's comp-day spreadsheet, or that month's",
                        new ExportCommand(exports));
        return new SlackWebhook(config, signature, router, slashCommand);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        HttpRequest request = ApiGatewayHttp.read(input);
        HttpResponse response = webhook.handle(request, clock.instant());
        ApiGatewayHttp.write(response, output);
    }

    /** Exports go out as EventBridge events on EXPORT_EVENT_BUS; without it, the command says exports are not set up. */
    private static ExportRequests exportRequests(Map<String, String> env, AwsClients aws) {
        String bus = env.get("EXPORT_EVENT_BUS");
        if (bus == null || bus.isBlank()) {
            return request -> {
                throw new IllegalStateException("exports are not set up: EXPORT_EVENT_BUS is not set");
            };
        }
        return new EventBridgeExportRequests(aws.configure(EventBridgeClient.builder()).build(), bus);
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
