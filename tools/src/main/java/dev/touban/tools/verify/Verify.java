package dev.touban.tools.verify;

import dev.touban.aws.AwsClients;
import dev.touban.aws.http.Json;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.RoutingKeys;
import dev.touban.testing.RepoFiles;
import dev.touban.tools.ToolAws;
import dev.touban.tools.ToolException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code make verify} ({@code bin/touban-verify}): post-deploy checks of a stack
 * ({@code --stack NAME}) or of the local runner ({@code --local URL}), printed as a pass/fail
 * checklist; exits 1 when any check fails. {@code --canary} also sends a canary incident
 * through the Events API and waits for it to be resolved.
 */
public final class Verify {
    static final String USAGE = "usage: bin/touban-verify (--stack NAME | --local URL) [--canary] [--canary-routing-key KEY]"
            + " [--config oncall.yaml] [--aws-endpoint URL]\n  or: make verify STACK=touban | LOCAL=http://127.0.0.1:3000 [CANARY=1]";

    private final Canary.Pause pause;
    private final Duration canaryTimeout;

    Verify(Canary.Pause pause, Duration canaryTimeout) {
        this.pause = pause;
        this.canaryTimeout = canaryTimeout;
    }

    public static void main(String[] args) {
        System.exit(new Verify(d -> Thread.sleep(d.toMillis()), Duration.ofSeconds(60)).run(args, System.getenv(), System.out, System.err));
    }

    int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = Options.parse(args, env);
        } catch (IllegalArgumentException e) {
            err.println("touban-verify: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Http http = new Http();
        Deployment d;
        AwsClients aws;
        OncallConfig roster;
        try {
            roster = roster(o.config);
            if (o.stack != null) {
                aws = ToolAws.from(env);
                d = StackDiscovery.find(aws, o.stack);
            } else {
                Map<String, String> local = new LinkedHashMap<>(env);
                if (o.awsEndpoint != null) {
                    local.put("TOUBAN_AWS_ENDPOINT", o.awsEndpoint);
                }
                LocalDiscovery.Found found = LocalDiscovery.find(o.local, local, http);
                d = found.deployment();
                aws = ToolAws.emulator(found.awsEndpoint(), local);
            }
        } catch (ToolException | AwsServiceException e) {
            err.println("touban-verify: " + e.getMessage());
            return 1;
        }
        Supplier<Instant> slackNow = d.stack() ? Instant::now : () -> runnerClock(http, d.api());
        Checks checks = new Checks(d, aws, http, roster, slackNow);
        List<Result> results = new ArrayList<>();
        results.add(attempt("API answers", checks::apiAnswers));
        results.add(attempt("Slack signature accepted", checks::slackSignatureAccepted));
        results.add(attempt("schedule page opens with the team link", checks::schedulePages));
        results.add(attempt("table point-in-time recovery", checks::pointInTimeRecovery));
        results.add(attempt("table TTL", checks::timeToLive));
        results.add(attempt("alarms notify someone", checks::alarmsHaveSubscribers));
        results.add(attempt("escalation schedule group", checks::scheduleGroups));
        results.add(attempt("handoff schedule", checks::handoffSchedule));
        results.add(attempt("scheduled canary", checks::scheduledCanary));
        results.add(attempt(Canary.NAME, () -> canary(o, d, aws, http, roster)));
        print(d, results, out);
        return results.stream().anyMatch(r -> r.status() == Result.Status.FAIL) ? 1 : 0;
    }

    private Result canary(Options o, Deployment d, AwsClients aws, Http http, OncallConfig roster) {
        if (!o.canary) {
            return Result.skip(Canary.NAME, "not sent (CANARY=1 pages the first tier of a service's policy once, then resolves)");
        }
        String key = o.routingKey;
        if (key == null && !d.stack()) {
            key = RoutingKeys.EXAMPLE_KEY;
        }
        if (key == null) {
            return Result.fail(Canary.NAME, "set CANARY_ROUTING_KEY to the routing key of a service whose policy pages a test channel");
        }
        try (DynamoDbClient dynamo = aws.configure(DynamoDbClient.builder()).build()) {
            return new Canary(d.api(), dynamo, d.table(), http, Clock.systemUTC(), pause, canaryTimeout).run(roster, key);
        }
    }

    private static Result attempt(String name, Supplier<Result> check) {
        try {
            return check.get();
        } catch (AwsServiceException e) {
            return Result.fail(name, e.awsErrorDetails().serviceName() + " " + e.awsErrorDetails().errorCode() + ": "
                    + e.awsErrorDetails().errorMessage());
        } catch (RuntimeException e) {
            return Result.fail(name, String.valueOf(e.getMessage()));
        }
    }

    static void print(Deployment d, List<Result> results, PrintStream out) {
        out.println("Touban post-deploy checks: " + d.label());
        int width = 0;
        for (Result r : results) {
            width = Math.max(width, r.check().length());
        }
        int[] counts = new int[Result.Status.values().length];
        for (Result r : results) {
            counts[r.status().ordinal()]++;
            out.printf("  %-4s  %-" + width + "s  %s%n", r.status(), r.check(), r.detail());
        }
        out.printf("%d passed, %d failed, %d skipped%n", counts[0], counts[1], counts[2]);
    }

    /** The runner's clock may have been moved (POST /local/clock); Slack timestamps must be within 300 s of it. */
    private static Instant runnerClock(Http http, URI api) {
        try {
            Object seconds = Json.parseObject(http.get(api.resolve("/local/clock")).body()).get("epochSecond");
            return Instant.ofEpochSecond(((Number) seconds).longValue());
        } catch (RuntimeException e) {
            return Instant.now();
        }
    }

    /** --config, else TOUBAN_CONFIG, else config/oncall.yaml when it exists, else the example roster. */
    static OncallConfig roster(String configured) {
        String name = configured;
        if (name == null) {
            name = Files.exists(RepoFiles.path("config/oncall.yaml")) ? "oncall.yaml" : "oncall.example.yaml";
        }
        Path file = Path.of(name);
        if (!Files.isRegularFile(file)) {
            file = RepoFiles.path("config").resolve(name);
        }
        if (!Files.isRegularFile(file)) {
            throw new ToolException("no roster at " + name + " or " + file);
        }
        return ConfigLoader.fromFile(file);
    }

    private record Options(String stack, URI local, boolean canary, String routingKey, String config, String awsEndpoint) {
        static Options parse(String[] args, Map<String, String> env) {
            String stack = blankToNull(env.get("STACK"));
            String local = blankToNull(env.get("LOCAL"));
            String canary = blankToNull(env.get("CANARY"));
            String key = blankToNull(env.get("CANARY_ROUTING_KEY"));
            String config = blankToNull(env.get("TOUBAN_CONFIG"));
            String endpoint = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--canary")) {
                    canary = "1";
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg.startsWith("--") ? arg + " needs a value" : "unexpected " + arg);
                }
                String value = args[++i];
                switch (arg) {
                    case "--stack" -> stack = value;
                    case "--local" -> local = value;
                    case "--canary-routing-key" -> key = value;
                    case "--config" -> config = value;
                    case "--aws-endpoint" -> endpoint = value;
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if ((stack == null) == (local == null)) {
                throw new IllegalArgumentException("give a stack name or the local runner's URL (one of them)");
            }
            URI localUri = null;
            if (local != null) {
                localUri = URI.create(local.endsWith("/") ? local : local + "/");
                if (!"http".equals(localUri.getScheme()) && !"https".equals(localUri.getScheme())) {
                    throw new IllegalArgumentException("--local needs an http URL, not " + local);
                }
            }
            boolean wantsCanary = canary != null && !canary.equals("0") && !canary.equalsIgnoreCase("false");
            return new Options(stack, localUri, wantsCanary, key, config, endpoint);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }
}
