package dev.touban.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpServer;
import dev.touban.slack.SlackWebhookHandler;
import dev.touban.testing.AwsEmulator;
import dev.touban.testing.MotoServer;
import dev.touban.testing.TemplateTable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Runs Touban on this machine: the AWS emulator (moto, or {@code TOUBAN_AWS_ENDPOINT}),
 * the table from template.yaml, the example roster, and the real Lambda handlers behind
 * {@code http://127.0.0.1:3000}, on a clock that only moves when told to.
 */
public final class LocalRunner {
    public static final String DEFAULT_SECRET = "touban-local-signing-secret";
    public static final String TABLE = "touban-local";

    private final HttpServer server;
    private final Optional<AwsEmulator> ownEmulator;
    private final URI awsEndpoint;
    private final LocalClock clock;
    private final Outbox outbox;

    private LocalRunner(HttpServer server, Optional<AwsEmulator> ownEmulator, URI awsEndpoint, LocalClock clock, Outbox outbox) {
        this.server = server;
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
        server.setExecutor(Executors.newFixedThreadPool(8));
        String base = "http://127.0.0.1:" + server.getAddress().getPort();

        Map<String, String> env = new HashMap<>(environment);
        env.put("TOUBAN_AWS_ENDPOINT", endpoint);
        env.putIfAbsent("AWS_REGION", AwsEmulator.REGION);
        env.put("TABLE_NAME", TABLE);
        env.putIfAbsent("SLACK_SIGNING_SECRET", DEFAULT_SECRET);
        env.putIfAbsent("SLACK_BOT_TOKEN", "xoxb-touban-local");
        env.putIfAbsent("SLACK_API_BASE", base + SlackApiRecorder.API_PATH);
        env.putIfAbsent("TOUBAN_CONFIG", "oncall.example.yaml");
        env.remove("SLACK_SIGNING_SECRET_PARAM");

        LocalClock clock = new LocalClock(Clock.systemUTC());
        Outbox outbox = new Outbox();
        SlackApiRecorder slackApi = new SlackApiRecorder(outbox, clock);
        LocalIncidents incidents = LocalIncidents.create(env, base, clock, outbox);
        RequestStreamHandler slack = new SlackWebhookHandler(env, clock, incidents.runtime());

        server.createContext("/healthz", exchange -> LambdaHttpBridge.send(exchange, 200,
                Map.of("content-type", "application/json"), "{\"status\":\"ok\"}"));
        server.createContext("/local/clock", new LocalClockEndpoint(clock).onMove(incidents.schedules()::fireDue)::handle);
        server.createContext("/local/outbox", exchange -> {
            incidents.syncOutbox();
            LambdaHttpBridge.send(exchange, 200, Map.of("content-type", "application/json"), JSON.std.asString(Map.of("outbox", outbox.entries())));
        });
        server.createContext(SlackApiRecorder.API_PATH, slackApi::api);
        server.createContext(SlackApiRecorder.RESPONSE_PATH, slackApi::response);
        server.createContext("/slack/commands", exchange -> {
            LambdaHttpBridge.serve(exchange, slack, clock.instant());
            incidents.syncOutbox();
        });
        server.createContext("/slack/interactions", exchange -> {
            LambdaHttpBridge.serve(exchange, slack, clock.instant());
            incidents.syncOutbox();
        });
        incidents.register(server, clock);
        server.start();
        return new LocalRunner(server, own, URI.create(endpoint), clock, outbox);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public LocalClock clock() {
        return clock;
    }

    public Outbox outbox() {
        return outbox;
    }

    public void stop() {
        server.stop(0);
        ownEmulator.ifPresent(AwsEmulator::close);
    }

    private void printWelcome(Map<String, String> environment) {
        String secret = environment.getOrDefault("SLACK_SIGNING_SECRET", DEFAULT_SECRET);
        String base = "http://127.0.0.1:" + port();
        System.out.println(String.join("\n", List.of(
                "Touban local runner: " + base + "   (GET /healthz, POST /slack/commands, POST /slack/interactions, POST /v2/enqueue,",
                "    GET|POST /ack/{token}, POST /local/sms, GET|POST /local/clock, GET /local/outbox)",
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
                "  bin/oncall call checkout returns 500s",
                "Page through the Events API (as Alertmanager does), move the clock, read what was sent:",
                "  curl -sS " + base + "/v2/enqueue -H 'Content-Type: application/json' -d '{\"routing_key\":\"0123456789abcdef0123456789abcdef\","
                        + "\"event_action\":\"trigger\",\"dedup_key\":\"disk\",\"payload\":{\"summary\":\"Disk full on db-1\","
                        + "\"source\":\"db-1\",\"severity\":\"critical\"}}'",
                "  curl -sS " + base + "/local/clock -d '{\"advance\":\"PT5M\"}'",
                "  curl -sS " + base + "/local/outbox",
                "or with curl alone:",
                "  " + CurlExample.hello(base, secret, clock.instant()),
                "",
                "Ctrl-C stops it.")));
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
