package dev.touban.canary;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.touban.aws.AwsClients;
import dev.touban.aws.Environment;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoIncidentStore;
import dev.touban.aws.http.Json;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Service;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Lambda entry point of the scheduled canary (an EventBridge Scheduler {@code rate(...)}).
 * Wires once per cold start: the canary's routing key from its SSM SecureString, the service
 * of oncall.yaml that key belongs to (which must be marked {@code canary: true}), the table and
 * the stack's Events API URL. A rejected event fails the invocation before anything is read.
 */
public final class CanaryHandler implements RequestStreamHandler {
    static final Duration DEFAULT_COMPLETE_WITHIN = Duration.ofMinutes(5);

    private final CanaryRun run;
    private final Clock clock;

    public CanaryHandler() {
        this(System.getenv(), Clock.systemUTC(), System.out);
    }

    /** {@code metrics} receives the Embedded Metric Format lines: standard output on Lambda. */
    public CanaryHandler(Map<String, String> env, Clock clock, PrintStream metrics) {
        AwsClients aws = new AwsClients(AwsSettings.fromEnvironment(env));
        OncallConfig config = ConfigLoader.load(env.getOrDefault("TOUBAN_CONFIG", "oncall.yaml"));
        String key = Environment.secret(env, aws, "CANARY_ROUTING_KEY_PARAM", "CANARY_ROUTING_KEY", "the canary's routing key");
        // the key is never part of a message: only which service it named
        Service service = config.serviceByRoutingKey(key).orElseThrow(() -> new IllegalStateException(
                "the canary routing key (SSM " + env.getOrDefault("CANARY_ROUTING_KEY_PARAM", "CANARY_ROUTING_KEY")
                        + ") is the key of no service in oncall.yaml: store the key of the service marked canary: true"));
        this.run = new CanaryRun(service, key, new DynamoIncidentStore(aws.dynamoDb(), Environment.required(env, "TABLE_NAME")),
                new HttpEventsApi(URI.create(Environment.required(env, "EVENTS_API_URL"))),
                env.containsKey("CANARY_COMPLETE_WITHIN") ? Duration.parse(env.get("CANARY_COMPLETE_WITHIN")) : DEFAULT_COMPLETE_WITHIN,
                new CanaryMetrics(env.getOrDefault("AWS_LAMBDA_FUNCTION_NAME", "canary"), metrics));
        this.clock = clock;
    }

    CanaryHandler(CanaryRun run, Clock clock) {
        this.run = run;
        this.clock = clock;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Map<String, Object> event;
        try {
            event = Json.parseObject(input);
        } catch (Json.JsonException e) {
            throw new CanaryEventRejected("the event is not a JSON object: " + e.getMessage());
        }
        Instant now = clock.instant();
        Json.write(run.run(CanaryEvent.parse(event, now), now), output);
    }
}
