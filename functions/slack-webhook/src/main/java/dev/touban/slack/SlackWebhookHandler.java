package dev.touban.slack;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.touban.aws.AwsClients;
import dev.touban.aws.Environment;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.Lazy;
import dev.touban.aws.dynamo.DynamoAttendanceStore;
import dev.touban.aws.dynamo.DynamoExportRequests;
import dev.touban.aws.dynamo.DynamoDayOffStore;
import dev.touban.aws.events.EventBridgeExportRequests;
import dev.touban.aws.dynamo.DynamoScheduleChangeStore;
import dev.touban.aws.dynamo.DynamoSwapProposalStore;
import dev.touban.aws.http.ApiGatewayHttp;
import dev.touban.aws.http.HttpRequest;
import dev.touban.aws.http.HttpResponse;
import dev.touban.aws.incident.IncidentRuntime;
import dev.touban.aws.notify.EventBus;
import dev.touban.aws.snapstart.SnapStartHooks;
import dev.touban.domain.attendance.AttendanceStore;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.export.ExportRequestRecords;
import dev.touban.domain.escalation.IncidentBoard;
import dev.touban.domain.export.ExportRequests;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.labor.DayOffStore;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.domain.rotation.EffectiveOnCall;
import dev.touban.domain.rotation.OnCallLookup;
import dev.touban.domain.rotation.ScheduleChangeStore;
import dev.touban.domain.slack.ResponseUrl;
import dev.touban.domain.rotation.SwapProposalStore;
import dev.touban.domain.slack.SlackSignature;
import dev.touban.slack.commands.AckCommand;
import dev.touban.slack.commands.ByeCommand;
import dev.touban.slack.commands.CancelCommand;
import dev.touban.slack.commands.CallCommand;
import dev.touban.slack.commands.CommandRouter;
import dev.touban.slack.commands.ExportCommand;
import dev.touban.slack.commands.FurikyuCommand;
import dev.touban.slack.commands.HelloCommand;
import dev.touban.slack.commands.OverrideCommand;
import dev.touban.slack.commands.OverridesCommand;
import dev.touban.slack.commands.ScheduleCommand;
import dev.touban.slack.commands.SwapCommand;
import dev.touban.slack.commands.IncidentCommand;
import dev.touban.slack.commands.IncidentsCommand;
import dev.touban.slack.commands.ReportCommand;
import dev.touban.slack.commands.HeartbeatsCommand;
import dev.touban.slack.commands.MaintenanceCommand;
import dev.touban.slack.commands.ResolveCommand;
import dev.touban.slack.commands.WhoCommand;
import dev.touban.slack.followup.EventBridgeFollowUps;
import dev.touban.slack.followup.FollowUp;
import dev.touban.slack.followup.FollowUps;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * Lambda entry point for {@code POST /slack/commands} and {@code POST /slack/interactions}:
 * converts the API Gateway event, calls {@link SlackWebhook} or {@link SlackInteractions},
 * converts back. The no-argument constructor wires everything once per cold start from the
 * environment and registers the SnapStart hooks; tests pass the pieces in.
 */
public final class SlackWebhookHandler implements RequestStreamHandler {
    private final SlackWebhook webhook;
    private final SlackInteractions interactions;
    private final Clock clock;
    private final Lazy<SnapStartHooks> snapStart;

    public SlackWebhookHandler() {
        this(System.getenv(), Clock.systemUTC());
    }

    public SlackWebhookHandler(Map<String, String> env, Clock clock) {
        this(env, clock, new AwsClients(AwsSettings.fromEnvironment(env)), ConfigLoader.load(env.getOrDefault("TOUBAN_CONFIG", "oncall.yaml")));
    }

    private SlackWebhookHandler(Map<String, String> env, Clock clock, AwsClients aws, OncallConfig config) {
        this(env, clock, aws, config, followUpsOnTheBus(env, aws));
    }

    /**
     * The incident machinery (its store, channels and adapters) is wired by the first incident
     * command or button; its Slack messages are updated by a follow-up, off the request path.
     */
    private SlackWebhookHandler(Map<String, String> env, Clock clock, AwsClients aws, OncallConfig config, FollowUps followUps) {
        this(env, clock, aws, config,
                new Lazy<>(() -> IncidentRuntime.builder(env, aws, clock).config(config).deskBoard(deferredBoard(followUps)).build()),
                null, followUps, ResponseUrl.SLACK);
    }

    /**
     * With the incident machinery given (built with {@link #deferredBoard} so acknowledging does
     * not wait for Slack), and exports handed to {@code exports} when not null; follow-ups go to
     * Touban's bus.
     */
    public SlackWebhookHandler(Map<String, String> env, Clock clock, IncidentRuntime incidents, ExportRequests exports) {
        this(env, clock, incidents, exports, followUpsOnTheBus(env, incidents.aws()), ResponseUrl.SLACK);
    }

    /** As above, answering also to the local response endpoint {@code responseUrls} names (tests). */
    public SlackWebhookHandler(Map<String, String> env, Clock clock, IncidentRuntime incidents, ExportRequests exports,
            ResponseUrl responseUrls) {
        this(env, clock, incidents, exports, followUpsOnTheBus(env, incidents.aws()), responseUrls);
    }

    /** With follow-ups handed to {@code followUps} (the local runner carries them out in-process). */
    public SlackWebhookHandler(Map<String, String> env, Clock clock, IncidentRuntime incidents, ExportRequests exports, FollowUps followUps) {
        this(env, clock, incidents, exports, followUps, ResponseUrl.SLACK);
    }

    /** As above, answering also to the local response endpoint {@code responseUrls} names (the local runner). */
    public SlackWebhookHandler(Map<String, String> env, Clock clock, IncidentRuntime incidents, ExportRequests exports, FollowUps followUps,
            ResponseUrl responseUrls) {
        this(env, clock, incidents.aws(), incidents.config(), () -> incidents, exports, followUps, responseUrls);
    }

    private SlackWebhookHandler(Map<String, String> env, Clock clock, AwsClients aws, OncallConfig config,
            Supplier<IncidentRuntime> incidents, ExportRequests exports, FollowUps followUps, ResponseUrl responseUrls) {
        String secret = Environment.secret(env, aws, "SLACK_SIGNING_SECRET_PARAM", "SLACK_SIGNING_SECRET", "the Slack signing secret");
        SlackSignature signature = new SlackSignature(secret);
        // Built by the first command that needs it (or by SnapStart priming): help never pays for it.
        Lazy<DynamoDbClient> dynamo = new Lazy<>(aws::dynamoDb);
        String table = Environment.required(env, "TABLE_NAME");
        String slashCommand = env.getOrDefault("TOUBAN_SLASH_COMMAND", "/oncall");
        AttendanceStore store = new DynamoAttendanceStore(dynamo, table);
        ExportRequests export = exports != null ? exports : exportRequests(env, aws, new DynamoExportRequests(dynamo, table), clock);
        ScheduleChangeStore changes = new DynamoScheduleChangeStore(dynamo, table);
        SwapProposalStore proposals = new DynamoSwapProposalStore(dynamo, table);
        // The incident desk (its store, Scheduler and EventBridge adapters) is wired by the first
        // incident command or button, not at every cold start: hello, bye and who never pay for it.
        Supplier<IncidentDesk> desk = () -> incidents.get().desk();
        this.webhook = create(config, signature, store, changes, new DynamoDayOffStore(dynamo, table), proposals, followUps, slashCommand,
                export, desk, incidents, responseUrls);
        this.interactions = new SlackInteractions(config, signature, desk, proposals, followUps, responseUrls);
        this.clock = clock;
        this.snapStart = new Lazy<>(() -> SlackWebhookPriming.hooks(this, config, signature, slashCommand, clock, dynamo, table,
                aws.settings()));
        if (SnapStartHooks.snapshotInit(env)) {
            snapStart.get().register();
        }
    }

    public SlackWebhookHandler(SlackWebhook webhook, Clock clock) {
        this(webhook, null, clock);
    }

    public SlackWebhookHandler(SlackWebhook webhook, SlackInteractions interactions, Clock clock) {
        this.webhook = webhook;
        this.interactions = interactions;
        this.clock = clock;
        this.snapStart = new Lazy<>(SnapStartHooks::new);
    }

    public static SlackWebhook create(OncallConfig config, SlackSignature signature, AttendanceStore store,
            ScheduleChangeStore changes, SwapProposalStore proposals, FollowUps followUps, String slashCommand) {
        ExportRequests noExports = request -> {
            throw new IllegalStateException("exports are not set up here");
        };
        return create(config, signature, store, changes, proposals, followUps, slashCommand, noExports, null);
    }

    /**
     * The slash commands. Overrides and swaps apply to every answer through {@code changes};
     * swaps members ask for wait in {@code proposals}; Slack messages beyond the answer go to
     * {@code followUps}; the incident commands are there only when {@code incidents} is given.
     */
    public static SlackWebhook create(OncallConfig config, SlackSignature signature, AttendanceStore store,
            ScheduleChangeStore changes, SwapProposalStore proposals, FollowUps followUps, String slashCommand,
            ExportRequests exports, Supplier<IncidentDesk> incidents) {
        return create(config, signature, store, changes, null, proposals, followUps, slashCommand, exports, incidents, null, ResponseUrl.SLACK);
    }

    /**
     * As above, with a place for days off ({@code furikyu}, none when null), the service commands
     * (heartbeats, maintenance) when {@code runtime} is given, and answers allowed where
     * {@code responseUrls} says.
     */
    public static SlackWebhook create(OncallConfig config, SlackSignature signature, AttendanceStore store,
            ScheduleChangeStore changes, DayOffStore dayOffs, SwapProposalStore proposals, FollowUps followUps, String slashCommand,
            ExportRequests exports, Supplier<IncidentDesk> incidents, Supplier<IncidentRuntime> runtime, ResponseUrl responseUrls) {
        OnCallLookup onCall = new EffectiveOnCall(changes);
        CommandRouter router = new CommandRouter()
                .add("hello", "hello [note]", Msg.HELP_HELLO, new HelloCommand(store))
                .add("bye", "bye", Msg.HELP_BYE, new ByeCommand(store))
                .add("who", "who [date | next week]", Msg.HELP_WHO, new WhoCommand(onCall))
                .add("schedule", "schedule [weeks]", Msg.HELP_SCHEDULE, new ScheduleCommand(onCall))
                .add("override", "override @user <from> <to> [primary|secondary]", Msg.HELP_OVERRIDE,
                        new OverrideCommand(changes))
                .add("swap", "swap @user [week]", Msg.HELP_SWAP,
                        new SwapCommand(changes, proposals, followUps))
                .add("overrides", "overrides [remove <id>]", Msg.HELP_OVERRIDES,
                        new OverridesCommand(changes, new CancelCommand(changes)))
                .add("cancel", "cancel <id>", Msg.HELP_CANCEL, new CancelCommand(changes))
                .add("export", "export [YYYY-MM]", Msg.HELP_EXPORT,
                        new ExportCommand(exports))
                .add("furikyu", "furikyu [@user] <worked day> <day off>",
                        Msg.HELP_FURIKYU,
                        dayOffs != null ? new FurikyuCommand(dayOffs)
                                : ctx -> SlackReply.ephemeral(Messages.say(ctx.language(), Msg.FURIKYU_NOT_SET_UP)));
        if (incidents != null) {
            router.add("call", "call [team] <what is broken>", Msg.HELP_CALL, new CallCommand(incidents))
                    .add("ack", "ack <number>", Msg.HELP_ACK, new AckCommand(incidents))
                    .add("resolve", "resolve <number>", Msg.HELP_RESOLVE, new ResolveCommand(incidents))
                    .add("incidents", "incidents", Msg.HELP_INCIDENTS, new IncidentsCommand(incidents))
                    .add("incident", "incident <number>", Msg.HELP_INCIDENT, new IncidentCommand(incidents))
                    .add("report", "report [YYYY-MM]", Msg.HELP_REPORT, new ReportCommand(incidents, onCall));
        }
        if (runtime != null) {
            router.add("heartbeats", "heartbeats", Msg.HELP_HEARTBEATS, new HeartbeatsCommand(() -> runtime.get().heartbeats()))
                    .add("maintenance", "maintenance [<service> <duration|until> [reason] | end <service>]",
                            Msg.HELP_MAINTENANCE,
                            new MaintenanceCommand(() -> runtime.get().maintenance(), () -> runtime.get().desk()));
        }
        return new SlackWebhook(config, signature, router, slashCommand, responseUrls);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        HttpRequest request = ApiGatewayHttp.read(input);
        HttpResponse response = interactions != null && request.path().equals(SlackInteractions.PATH)
                ? interactions.handle(request, clock.instant())
                : webhook.handle(request, clock.instant());
        ApiGatewayHttp.write(response, output);
    }

    /** An incident board that asks the follow-up function to update the incident's Slack messages. */
    public static IncidentBoard deferredBoard(FollowUps followUps) {
        return (incident, headline) -> followUps.send(new FollowUp.Board(incident.number(), headline));
    }

    /** Follow-ups as events on EVENT_BUS_NAME (Touban's own bus), the EventBridge client built by the first one. */
    private static FollowUps followUpsOnTheBus(Map<String, String> env, AwsClients aws) {
        String bus = env.getOrDefault("EVENT_BUS_NAME", "default");
        return new EventBridgeFollowUps(new Lazy<>(() -> new EventBus(aws.configure(EventBridgeClient.builder()).build(), bus)));
    }

    /**
     * Exports are recorded in the table and announced, by id only, on EXPORT_EVENT_BUS (Touban's
     * own bus); without it, the command says exports are not set up.
     */
    private static ExportRequests exportRequests(Map<String, String> env, AwsClients aws, ExportRequestRecords records, Clock clock) {
        String bus = env.get("EXPORT_EVENT_BUS");
        if (bus == null || bus.isBlank()) {
            return request -> {
                throw new IllegalStateException("exports are not set up: EXPORT_EVENT_BUS is not set");
            };
        }
        // The EventBridge client is built by the first export, not at cold start.
        Lazy<ExportRequests> export = new Lazy<>(() -> new EventBridgeExportRequests(aws.configure(EventBridgeClient.builder()).build(), bus,
                records, clock));
        return request -> export.get().submit(request);
    }

    /**
     * The hooks Lambda runs around the SnapStart snapshot; registered only while a snapshot is
     * being initialised, and held here because CRaC keeps only a weak reference.
     */
    public SnapStartHooks snapStart() {
        return snapStart.get();
    }
}
