package dev.touban.bench;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.testing.AwsEmulator;
import dev.touban.testing.RepoFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The alert storm: 1,000 Events API v2 triggers over 50 dedup keys, delivered to 8 runtimes
 * at once (8 concurrent Lambda execution environments). Reports triggers per second from the
 * first hand-out to the last answer, and counts the incidents and tier-1 pages that resulted
 * (exactly 50 of each is right). Prints "not built yet" until the intake function exists.
 */
final class AlertStorm {
    static final String JAR = "functions/alert-intake/target/alert-intake.jar";
    static final String EVENT = "alert-intake-trigger.json";
    static final int TRIGGERS = 1000;
    static final int DEDUP_KEYS = 50;
    static final int RUNTIMES = 8;

    private final Path root;
    private final LambdaLauncher launcher;
    private final Path work;
    private final PrintStream progress;

    AlertStorm(Path root, LambdaLauncher launcher, Path work, PrintStream progress) {
        this.root = root;
        this.launcher = launcher;
        this.work = work;
        this.progress = progress;
    }

    String run(AwsEmulator moto, String table) throws IOException, InterruptedException {
        if (!Files.exists(root.resolve(JAR)) || !Files.exists(root.resolve("events").resolve(EVENT))) {
            return "not built yet (" + JAR + " and events/" + EVENT + ")";
        }
        Subject intake = Subjects.all(Bench.SECRET).stream().filter(s -> s.jar().equals(JAR)).findFirst().orElseThrow();
        Map<String, Object> event = JSON.std.mapFrom(RepoFiles.read("events/" + EVENT));
        Map<String, Object> body = JSON.std.mapFrom((String) event.get("body"));
        progress.printf("storm %d triggers over %d dedup keys, %d runtimes%n", TRIGGERS, DEDUP_KEYS, RUNTIMES);
        Path log = work.resolve("storm.log");
        try (RuntimeApi api = RuntimeApi.start(i -> trigger(event, body, i), TRIGGERS, false, RUNTIMES)) {
            List<Process> runtimes = new ArrayList<>();
            for (int r = 0; r < RUNTIMES; r++) {
                runtimes.add(launcher.start(intake, root.resolve(JAR), api.address(), Map.of(), log));
            }
            try {
                List<RuntimeApi.Answer> answers = api.await(Duration.ofMinutes(5));
                long last = answers.stream().mapToLong(RuntimeApi.Answer::answeredNanos).max().orElseThrow();
                double seconds = (last - api.firstHandOutNanos()) / 1e9;
                long accepted = answers.stream().filter(a -> a.body().contains("\"statusCode\":202")).count();
                return String.format("%.0f triggers/s (%d of %d accepted in %.1f s by %d runtimes); incidents: %d, "
                                + "tier-1 pages: %d (exactly %d of each is right)",
                        TRIGGERS / seconds, accepted, TRIGGERS, seconds, RUNTIMES, count(moto, table, "INCIDENT"),
                        count(moto, table, "PAGE"), DEDUP_KEYS);
            } catch (TimeoutException e) {
                return "did not finish within 5 minutes; see " + log;
            } finally {
                for (Process p : runtimes) {
                    p.destroyForcibly();
                    p.waitFor();
                }
            }
        }
    }

    private static byte[] trigger(Map<String, Object> event, Map<String, Object> body, int i) {
        try {
            Map<String, Object> b = new java.util.LinkedHashMap<>(body);
            b.put("dedup_key", "storm-" + (i % DEDUP_KEYS));
            Map<String, Object> e = new java.util.LinkedHashMap<>(event);
            e.put("body", JSON.std.asString(b));
            return JSON.std.asBytes(e);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Items of one {@code type} in the table (how the intake's incidents and pages are told apart). */
    private static long count(AwsEmulator moto, String table, String type) {
        try (DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(moto.endpoint()).region(Region.of(AwsEmulator.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("touban-local", "touban-local")))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            return dynamo.scanPaginator(r -> r.tableName(table).filterExpression("#t = :t")
                            .expressionAttributeNames(Map.of("#t", "type"))
                            .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(type))))
                    .items().stream().count();
        }
    }
}
