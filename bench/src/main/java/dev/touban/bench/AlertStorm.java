package dev.touban.bench;

import dev.touban.testing.AwsEmulator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The alert storm: 1,000 Events API v2 triggers over 50 dedup keys, delivered to 8 alert-intake
 * runtimes at once (8 concurrent Lambda execution environments); then the EscalationStepDue
 * events the intake put on the bus (delivered by an EventBridge rule to a queue, as the rule in
 * template.yaml delivers them to the step function) go to 8 escalation-step runtimes. Reports
 * triggers per second from the first hand-out to the last answer, and counts what the table
 * holds: incident items (sk {@code INCIDENT}) of the storm's dedup keys, and their tier-1 pages
 * (the {@code ESCALATED} timeline entry a step writes when it wins the claim on tier 1, and the
 * {@code PAGED} entries, one per channel). Exactly 50 incidents and 50 tier-1 pages is right.
 * The per-service rate limit is raised for the storm, which measures throughput and dedup, not
 * the throttle (at 120 a minute it would answer most of the storm with 429).
 */
final class AlertStorm {
    static final int TRIGGERS = 1000;
    static final int DEDUP_KEYS = 50;
    static final int RUNTIMES = 8;
    private static final String PREFIX = "storm-";

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

    String run(Subject intake, Subject step, IncidentBench incidents) throws IOException, InterruptedException {
        if (!Files.exists(root.resolve(intake.jar())) || !Files.exists(root.resolve(step.jar()))) {
            return "not built yet (" + intake.jar() + " and " + step.jar() + ")";
        }
        incidents.purgeSteps();
        progress.printf("storm %d triggers over %d dedup keys, %d runtimes%n", TRIGGERS, DEDUP_KEYS, RUNTIMES);
        Path log = work.resolve("storm.log");
        String throughput;
        try (RuntimeApi api = RuntimeApi.start(i -> incidents.trigger(PREFIX + (i % DEDUP_KEYS)), TRIGGERS, false, RUNTIMES)) {
            List<Process> runtimes = start(intake, api, Map.of("EVENTS_PER_MINUTE", "1000000", "OPEN_EVENTS_PER_MINUTE", "1000000"), log);
            try {
                List<RuntimeApi.Answer> answers = api.await(Duration.ofMinutes(2));
                long last = answers.stream().mapToLong(RuntimeApi.Answer::answeredNanos).max().orElseThrow();
                double seconds = (last - api.firstHandOutNanos()) / 1e9;
                long accepted = answers.stream().filter(a -> a.body().contains("\"statusCode\":202")).count();
                throughput = String.format("%.0f triggers/s (%d of %d accepted with 202 in %.1f s by %d runtimes)",
                        TRIGGERS / seconds, accepted, TRIGGERS, seconds, RUNTIMES);
            } catch (TimeoutException e) {
                return "triggers did not finish within 2 minutes; see " + log;
            } finally {
                stop(runtimes);
            }
        }
        List<byte[]> steps = incidents.drainSteps();
        progress.printf("storm %d EscalationStepDue events to %d escalation-step runtimes%n", steps.size(), RUNTIMES);
        long paged = 0;
        if (!steps.isEmpty()) {
            try (RuntimeApi api = RuntimeApi.start(steps::get, steps.size(), false, RUNTIMES)) {
                List<Process> runtimes = start(step, api, Map.of(), log);
                try {
                    paged = api.await(Duration.ofMinutes(2)).stream().filter(a -> a.body().contains("\"outcome\":\"paged\"")).count();
                } catch (TimeoutException e) {
                    return throughput + "; the steps did not finish within 2 minutes; see " + log;
                } finally {
                    stop(runtimes);
                }
            }
        }
        Counts c = count(incidents.moto(), incidents.table());
        boolean right = c.incidents == DEDUP_KEYS && c.tier1Pages == DEDUP_KEYS;
        return String.format("%s; %d EscalationStepDue events, %d steps paged; in the table: %d incidents, %d tier-1 pages "
                        + "(%d PAGED entries over their channels). Exactly %d of each is right: %s",
                throughput, steps.size(), paged, c.incidents, c.tier1Pages, c.pagedEntries, DEDUP_KEYS, right ? "right" : "WRONG");
    }

    /**
     * Starts the runtimes one after another, each once the one before has asked for its first event:
     * the runtime interface client unpacks its native library to the fixed path /tmp/.libaws-lambda-jni.so,
     * private to each execution environment on Lambda but shared here, and JVMs loading it while another
     * rewrites it crash. No event is handed out before all have asked, so the storm itself is concurrent.
     */
    private List<Process> start(Subject s, RuntimeApi api, Map<String, String> env, Path log) throws IOException, InterruptedException {
        List<Process> runtimes = new ArrayList<>();
        for (int r = 0; r < RUNTIMES; r++) {
            Process p = launcher.start(s, root.resolve(s.jar()), api.address(), env, log);
            runtimes.add(p);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (api.runtimesWaiting() <= r) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    stop(runtimes);
                    throw new IllegalStateException(s.row() + ": runtime " + (r + 1) + " of the storm did not start; see " + log);
                }
                Thread.sleep(10);
            }
        }
        return runtimes;
    }

    private static void stop(List<Process> runtimes) throws InterruptedException {
        for (Process p : runtimes) {
            p.destroyForcibly();
            p.waitFor();
        }
    }

    record Counts(long incidents, long tier1Pages, long pagedEntries) {}

    /** The storm's incidents (items with sk INCIDENT and a storm dedup key) and their tier-1 timeline entries. */
    static Counts count(AwsEmulator moto, String table) {
        try (DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(moto.endpoint()).region(Region.of(AwsEmulator.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("touban-local", "touban-local")))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            List<Map<String, AttributeValue>> items = dynamo.scanPaginator(r -> r.tableName(table).consistentRead(true)).items()
                    .stream().toList();
            Set<String> storm = new HashSet<>();
            for (Map<String, AttributeValue> item : items) {
                if ("INCIDENT".equals(s(item, "sk")) && s(item, "dedupKey").startsWith(PREFIX)) {
                    storm.add(s(item, "pk"));
                }
            }
            long tier1 = 0;
            long paged = 0;
            for (Map<String, AttributeValue> item : items) {
                if (!storm.contains(s(item, "pk")) || !s(item, "sk").startsWith("TIMELINE#")) {
                    continue;
                }
                if ("ESCALATED".equals(s(item, "kind")) && s(item, "detail").startsWith("tier 1 of")) {
                    tier1++;
                }
                if ("PAGED".equals(s(item, "kind"))) {
                    paged++;
                }
            }
            return new Counts(storm.size(), tier1, paged);
        }
    }

    private static String s(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || v.s() == null ? "" : v.s();
    }
}
