package dev.touban.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpServer;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.Team;
import dev.touban.domain.links.TeamToken;
import dev.touban.domain.slack.ResponseUrl;
import dev.touban.handoff.RotationHandoffHandler;
import dev.touban.schedule.SchedulePageHandler;
import dev.touban.slack.SlackWebhookHandler;
import dev.touban.slack.followup.SlackFollowUpHandler;
import dev.touban.testing.AwsEmulator;
import dev.touban.testing.EventCapture;
import dev.touban.testing.MotoServer;
import dev.touban.testing.TemplateTable;
import dev.touban.testing.faults.Faults;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Runs Touban on this machine: the AWS emulator (moto, or {@code TOUBAN_AWS_ENDPOINT}),
 * the table from template.yaml, the example roster, and the real Lambda handlers behind
 * {@code http://127.0.0.1:3000}, on a clock that only moves when told to.
 */
public final class LocalRunner {
    public static final String DEFAULT_SECRET = "touban-local-signing-secret";
    public static final String TABLE = "touban-local";
    public static final String EVENT_BUS = "touban-local";
    public static final String CALENDAR_KEY = "touban-local-calendar-key";

    private final HttpServer server;
    private final ExecutorService threads;
    private final Optional<AwsEmulator> ownEmulator;
    private final URI awsEndpoint;
    private final LocalClock clock;
    private final Outbox outbox;
    private final LocalFaults faults;
    private LocalScheduler scheduler;

    private LocalRunner(HttpServer server, ExecutorService threads, Optional<AwsEmulator> ownEmulator, URI awsEndpoint,
            LocalClock clock, Outbox outbox, LocalFaults faults) {
        this.server = server;
        this.faults = faults;
        this.threads = threads;
        this.outbox = outbox;
        this.ownEmulator = ownEmulator;
        this.awsEndpoint = awsEndpoint;
        this.clock = clock;
    }

    public static void main(String[] args) throws IOException {
        LocalRunner runner = start(System.getenv());
        runner.printWelcome(System.getenv());
    }

    public static LocalRunner start(Map<String, String> environment) throws IOException {
        Optional<AwsEmulator> own = Optional.empty();
        String endpoint = environment.get("TOUBAN_AWS_ENDPOINT");
        if (endpoint == null || endpoint.isBlank()) {
            MotoServer moto = MotoServer.start();
            own = Optional.of(moto);
            endpoint = moto.endpoint().toString();
        }
        createTableIfMissing(URI.create(endpoint), environment.getOrDefault("AWS_REGION", AwsEmulator.REGION));

        int requestedPort = Integer.parseInt(environment.getOrDefault("TOUBAN_PORT", "3000"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", requestedPort), 0);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        server.setExecutor(threads);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();

        LocalClock clock = new LocalClock(Clock.systemUTC());
        if (environment.containsKey("TOUBAN_CLOCK_START")) {
            clock.set(java.time.OffsetDateTime.parse(environment.get("TOUBAN_CLOCK_START")).toInstant());
        }
        Outbox outbox = new Outbox();
        LocalFaults faults = LocalFaults.start(URI.create(endpoint), URI.create(base),
                Long.parseLong(environment.getOrDefault("TOUBAN_FAULT_SEED", "1")), outbox, clock, new SnsOutbox(outbox, clock));

        // The handlers reach AWS, Slack and End User Messaging through the fault proxy; the runner's own
        // reading of the emulator (schedules due, messages sent) goes to it directly.
        Map<String, String> env = new HashMap<>(environment);
        env.put("TOUBAN_AWS_ENDPOINT", faults.awsEndpoint().toString());
        env.putIfAbsent("AWS_REGION", AwsEmulator.REGION);
        env.put("TABLE_NAME", TABLE);
        env.putIfAbsent("SLACK_SIGNING_SECRET", DEFAULT_SECRET);
        env.putIfAbsent("SLACK_BOT_TOKEN", "xoxb-touban-local");
        env.putIfAbsent("SLACK_API_BASE", faults.saasBase() + SlackApiRecorder.API_PATH);
        env.putIfAbsent("VOICE_ENDPOINT", faults.saasBase() + VoiceApiRecorder.PATH);
        env.putIfAbsent("TOUBAN_CONFIG", "oncall.example.yaml");
        env.remove("SLACK_SIGNING_SECRET_PARAM");
        env.remove("SLACK_BOT_TOKEN_PARAM");
        env.remove("CALENDAR_KEY_PARAM");
        env.putIfAbsent("CALENDAR_KEY", CALENDAR_KEY);
        env.put("EVENT_BUS_NAME", EVENT_BUS);
        env.put("HANDOFF_TOPIC_ARN", createTopic(URI.create(endpoint), env.get("AWS_REGION"), "touban-handoff"));

        SlackApiRecorder slackApi = new SlackApiRecorder(outbox, clock);
        LocalIncidents incidents = LocalIncidents.create(env, URI.create(endpoint), base, clock, outbox);
        LocalFollowUps followUps = new LocalFollowUps();
        followUps.runWith(SlackFollowUpHandler.runner(incidents.runtime(), env));
        // The one place a response endpoint other than Slack's is allowed: this runner's own recorder.
        ResponseUrl responseUrls = ResponseUrl.slackOrLocal(URI.create(base + SlackApiRecorder.RESPONSE_PATH));
        RequestStreamHandler slack = new SlackWebhookHandler(env, clock, incidents.runtime(),
                LocalExports.start(env, clock, outbox, responseUrls), followUps, responseUrls);
        RequestStreamHandler handoff = new RotationHandoffHandler(env, clock);
        RequestStreamHandler schedulePage = new SchedulePageHandler(env, clock);
        EventCapture events = EventCapture.on(URI.create(endpoint), Region.of(env.get("AWS_REGION")), EVENT_BUS, "touban");
        OutboundCollector collector = new OutboundCollector(EVENT_BUS, events, outbox, clock);
        Map<String, RequestStreamHandler> scheduled = new HashMap<>(Map.of("RotationHandoffFunction", handoff,
                "EscalationStepFunction", incidents.stepHandler()));
        Map<String, CronSchedules.Wakeups> wakeups = new HashMap<>(Map.of("RotationHandoffFunction", HandoffWakeups.of(env.get("TOUBAN_CONFIG")),
                "EscalationStepFunction", incidents.sweepWakeups()));
        LocalCanary.fromEnvironment(env, base, clock, outbox).ifPresent(canary -> {
            scheduled.put(LocalCanary.FUNCTION, canary.handler());
            wakeups.put(LocalCanary.FUNCTION, canary.wakeups());
        });
        LocalScheduler scheduler = new LocalScheduler(clock)
                .register(new CronSchedules(TemplateSchedules.fromRepository(), scheduled, wakeups))
                .register(incidents.schedules())
                .afterEach(collector::collect);

        // The emulator and table are named so that make verify LOCAL=... can check them.
        String health = JSON.std.asString(Map.of("status", "ok", "awsEndpoint", endpoint, "table", TABLE));
        server.createContext("/healthz", exchange -> LambdaHttpBridge.send(exchange, 200,
                Map.of("content-type", "application/json"), health));
        server.createContext("/local/clock", new ClockApi(clock, scheduler)::handle);
        server.createContext("/local/outbox", exchange -> {
            followUps.drain();
            collector.collect();
            LambdaHttpBridge.send(exchange, 200, Map.of("content-type", "application/json"), JSON.std.asString(Map.of("outbox", outbox.entries())));
        });
        server.createContext(LocalFaults.PATH, faults::handle);
        server.createContext("/calendar/", exchange -> LambdaHttpBridge.serve(exchange, schedulePage, clock.instant()));
        server.createContext("/schedule/", exchange -> LambdaHttpBridge.serve(exchange, schedulePage, clock.instant()));
        server.createContext(SlackApiRecorder.API_PATH, slackApi::api);
        server.createContext(SlackApiRecorder.RESPONSE_PATH, slackApi::response);
        server.createContext("/slack/commands", exchange -> {
            LambdaHttpBridge.serve(exchange, slack, clock.instant());
            followUps.drain();
        });
        server.createContext("/slack/interactions", exchange -> {
            LambdaHttpBridge.serve(exchange, slack, clock.instant());
            followUps.drain();
        });
        incidents.register(server, clock);
        server.start();
        LocalRunner runner = new LocalRunner(server, threads, own, URI.create(endpoint), clock, outbox, faults);
        runner.scheduler = scheduler;
        return runner;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The emulator itself, not behind the fault proxy. */
    public URI awsEndpoint() {
        return awsEndpoint;
    }

    public LocalClock clock() {
        return clock;
    }

    public Outbox outbox() {
        return outbox;
    }

    /** The faults the handlers' calls to AWS, Slack and End User Messaging meet (as {@code /local/faults} sets them). */
    public Faults faults() {
        return faults.faults();
    }

    public LocalScheduler scheduler() {
        return scheduler;
    }

    public void stop() {
        server.stop(0);
        // The server does not own its executor: without this its threads outlive the runner.
        threads.shutdown();
        try {
            threads.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        faults.close();
        ownEmulator.ifPresent(AwsEmulator::close);
    }

    private void printWelcome(Map<String, String> environment) {
        String secret = environment.getOrDefault("SLACK_SIGNING_SECRET", DEFAULT_SECRET);
        String base = "http://127.0.0.1:" + port();
        System.out.println(String.join("\n", List.of(
                "Touban local runner: " + base + "   (GET /healthz, POST /slack/commands, POST /slack/interactions, POST /v2/enqueue,",
                "    GET|POST /heartbeat/{key}, GET|POST /ack/{token}, POST /local/sms, GET|POST /local/clock, GET /local/outbox,"
                        + " GET|POST|DELETE /local/faults, GET /schedule/{team}, GET /calendar/{team}.ics)",
                "  AWS emulator: " + awsEndpoint + (ownEmulator.isPresent() ? "  (moto, started here)" : "  (TOUBAN_AWS_ENDPOINT)"),
                "  table:        " + TABLE,
                "  roster:       " + environment.getOrDefault("TOUBAN_CONFIG", "oncall.example.yaml"),
                "  Slack signing secret: " + (environment.containsKey("SLACK_SIGNING_SECRET")
                        ? "from SLACK_SIGNING_SECRET" : DEFAULT_SECRET + "  (local default; set SLACK_SIGNING_SECRET to change)"),
                "",
                "Send a signed slash command from another terminal:",
                "  bin/oncall hello weekend standby",
                "  bin/oncall who",
                "  ONCALL_USER=U02BOB bin/oncall bye",
                "  bin/oncall export 2026-11      (files go to s3://" + LocalExports.BUCKET + "/exports/... in the emulator)",
                "  bin/oncall schedule 4",
                "  bin/oncall call checkout returns 500s",
                "  bin/oncall report              (the team's on-call health this month: pages, MTTA/MTTR, fairness)",
                "Move time; the handoff schedules of template.yaml fire on the way, and what they sent shows in the outbox:",
                "  curl -sS -X POST " + base + "/local/clock -d '{\"advance\":\"P7D\"}'",
                "  curl -sS " + base + "/local/outbox",
                "The schedule page and calendar feed of team sre:",
                "  " + base + "/schedule/sre?token=" + sreToken(environment),
                "  " + base + "/calendar/sre.ics?token=" + sreToken(environment),
                "Page through the Events API (as Alertmanager does), move the clock, read what was sent:",
                "  curl -sS " + base + "/v2/enqueue -H 'Content-Type: application/json' -d '{\"routing_key\":\"0123456789abcdef0123456789abcdef\","
                        + "\"event_action\":\"trigger\",\"dedup_key\":\"disk\",\"payload\":{\"summary\":\"Disk full on db-1\","
                        + "\"source\":\"db-1\",\"severity\":\"critical\"}}'",
                "  curl -sS " + base + "/local/clock -d '{\"advance\":\"PT5M\"}'",
                "  curl -sS " + base + "/local/outbox",
                "Game day: make Slack fail (or {\"sms\":\"refuse\"}, {\"dynamodb\":{\"throttle\":0.3}}), page, look, clear (docs/game-day.md):",
                "  curl -sS " + base + "/local/faults -d '{\"slack\":\"down\"}'",
                "  curl -sS -X DELETE " + base + "/local/faults",
                "or with curl alone:",
                "  " + CurlExample.hello(base, secret, clock.instant()),
                "",
                "Ctrl-C stops it.")));
    }

    /** Team sre's link token, of its linkEpoch in the roster the runner serves (as bin/team-link prints it). */
    private static String sreToken(Map<String, String> environment) {
        int epoch = ConfigLoader.load(environment.getOrDefault("TOUBAN_CONFIG", "oncall.example.yaml")).team("sre").map(Team::linkEpoch).orElse(1);
        return new TeamToken(environment.getOrDefault("CALENDAR_KEY", CALENDAR_KEY)).forTeam("sre", epoch);
    }

    private static String createTopic(URI endpoint, String region, String name) {
        try (SnsClient sns = SnsClient.builder().endpointOverride(endpoint).region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("touban-local", "touban-local")))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            return sns.createTopic(r -> r.name(name)).topicArn();
        }
    }

    private static void createTableIfMissing(URI endpoint, String region) {
        try (DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("touban-local", "touban-local")))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            if (!dynamo.listTables().tableNames().contains(TABLE)) {
                TemplateTable.fromRepository().create(dynamo, TABLE);
            }
        }
    }
}
