package dev.touban.bench;

import dev.touban.testing.AwsEmulator;
import dev.touban.testing.MotoServer;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.SlackRequests;
import dev.touban.testing.TemplateTable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipFile;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * The benchmark suite: {@code bench/run [--runs N] [--warm N] [--rows TEXT[,TEXT...]]}. Starts moto on
 * loopback, creates the table from template.yaml, stores the signing secret in SSM, then
 * measures every {@link Subjects} row from fresh JVMs (interleaved, so machine noise hits
 * every row alike and ratios are taken within one run), warm latency in one JVM, the alert
 * storm, and jar sizes; prints Markdown tables and writes them to bench/target/bench-results.md.
 */
public final class Bench {
    static final String SECRET = "touban-bench-signing-secret";
    static final String TABLE = "touban-bench";
    private static final Duration COLD_TIMEOUT = Duration.ofSeconds(90);
    /** Under valgrind a JVM runs some fifty times slower. */
    private static final Duration COUNTED_TIMEOUT = Duration.ofMinutes(20);

    private final Path root;
    private final Options options;
    private final PrintStream progress = System.err;
    private final SlackRequests slack = new SlackRequests(SECRET);
    private final AtomicLong unique = new AtomicLong(System.currentTimeMillis() * 1000);
    private LambdaLauncher launcher;
    private Path work;
    private IncidentBench incidents;
    private Callgrind callgrind;

    record Comparison(String label, String jar) {}

    record Options(int runs, int warm, int warmup, String rows, List<Comparison> compare, boolean instructions) {
        static Options parse(String[] args) {
            int runs = 7;
            int warm = 1000;
            String rows = "";
            boolean instructions = false;
            List<Comparison> compare = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    case "--warm" -> warm = Integer.parseInt(args[++i]);
                    case "--rows" -> rows = args[++i];
                    case "--instructions" -> instructions = true;
                    case "--compare" -> {
                        String[] labelAndJar = args[++i].split("=", 2);
                        compare.add(new Comparison(labelAndJar[0], labelAndJar[1]));
                    }
                    default -> throw new IllegalArgumentException(
                            "usage: bench/run [--runs N] [--warm N] [--rows TEXT[,TEXT...]] [--compare LABEL=function.jar]... [--instructions]; unknown "
                            + args[i]);
                }
            }
            return new Options(runs, warm, Math.max(20, warm / 10), rows, compare, instructions);
        }
    }

    /** One cold start; {@code instructions} is valgrind's count with --instructions, otherwise 0. */
    record ColdSample(double wallMs, double cpuMs, double rssMb, double initMs, Map<String, Long> threadCpuMs, long instructions) {
        ColdSample withInstructions(long count) {
            return new ColdSample(wallMs, cpuMs, rssMb, initMs, threadCpuMs, count);
        }
    }

    private Bench(Path root, Options options) {
        this.root = root;
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--cost")) {
            CostBench.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Bench bench = new Bench(RepoFiles.root(), Options.parse(args));
        String report = bench.run();
        System.out.println(report);
        Path out = bench.root.resolve("bench/target/bench-results.md");
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.err.println("written to " + bench.root.relativize(out));
        System.exit(0);
    }

    private String run() throws Exception {
        work = root.resolve("bench/target/bench-work");
        Files.createDirectories(work);
        List<Subject> all = new ArrayList<>(Subjects.all(SECRET));
        // --compare LABEL=JAR measures another build of a function in the same run (before/after figures):
        // one more row for each row of the function whose handler class the jar holds.
        for (Comparison c : options.compare()) {
            for (Subject current : Subjects.all(SECRET)) {
                if (current.kind() == Subject.Kind.TOUBAN && holdsClass(c.jar(), current.handler())) {
                    String[] functionAndCase = current.row().split(": ", 2);
                    all.add(new Subject(functionAndCase[0] + " (" + c.label() + "): " + functionAndCase[1],
                            Path.of(c.jar()).toAbsolutePath().toString(), current.handler(), current.event(),
                            current.expect(), current.env(), current.floorRow(), current.kind()));
                }
            }
        }
        try (MotoServer moto = MotoServer.start(); SlackStub slackApi = SlackStub.start()) {
            prepare(moto);
            incidents = new IncidentBench(moto, TABLE, slackApi, unique);
            incidents.prepare();
            List<Subject> subjects = all.stream()
                    .filter(s -> options.rows().isEmpty() || s.kind() == Subject.Kind.REFERENCE
                            || selectedRows().stream().anyMatch(s.row()::contains))
                    .map(Bench::withTemplateHandler)
                    .map(this::withIncidentEnvironment)
                    .toList();
            Map<String, String> common = commonEnvironment(moto);
            List<String> prefix = List.of();
            List<String> flags = List.of();
            if (options.instructions()) {
                Callgrind.checkInstalled();
                Path counts = work.resolve("callgrind");
                Files.createDirectories(counts);
                callgrind = new Callgrind(counts);
                prefix = callgrind.commandPrefix();
                flags = Callgrind.JVM_FLAGS;
            }
            launcher = new LambdaLauncher(prefix, flags, Path.of(javaHome(), "bin", "java"), root.resolve("bench/target/lambda-runtime"), work,
                    common);

            Map<String, List<ColdSample>> cold = new LinkedHashMap<>();
            FirstPageLatency firstPage = firstPageSelected() ? firstPageLatency(moto, slackApi) : null;
            List<FirstPageLatency.Sample> firstPageCold = new ArrayList<>();
            List<Subject> built = new ArrayList<>();
            for (Subject s : subjects) {
                cold.put(s.row(), new ArrayList<>());
                if (Files.exists(root.resolve(s.jar())) && Files.exists(root.resolve("events").resolve(s.event()))) {
                    built.add(s);
                }
            }
            // Round 0 is not counted: it brings every jar's files into the page cache, as a deployed
            // package is on local disk before Lambda starts the JVM. Instruction counts do not depend on the cache.
            TableSweeper sweeper = new TableSweeper(moto.endpoint(), TABLE);
            for (int round = options.instructions() ? 1 : 0; round <= options.runs(); round++) {
                // Every round starts on the same small table (untimed): moto copies the whole table
                // for each transaction item, so a table growing over the run would slow later rounds'
                // transactions, and its garbage collections would stall whichever row is waiting.
                sweeper.sweep();
                incidents.sweep();
                for (Subject s : built) {
                    progress.printf("cold %d/%d  %-40s", round, options.runs(), s.row());
                    ColdSample sample = cold(s);
                    if (round > 0) {
                        cold.get(s.row()).add(sample);
                    }
                    if (options.instructions()) {
                        progress.printf(" %,d instructions%n", sample.instructions());
                    } else {
                        progress.printf(" wall %5.0f ms  cpu %5.0f ms  rss %4.0f MB  cpu by thread %s%n", sample.wallMs(), sample.cpuMs(),
                                sample.rssMb(), sample.threadCpuMs());
                    }
                }
                if (firstPage != null) {
                    progress.printf("cold %d/%d  %-40s", round, options.runs(), FirstPageLatency.ROW);
                    FirstPageLatency.Sample sample = firstPage.cold();
                    if (round > 0) {
                        firstPageCold.add(sample);
                    }
                    progress.printf(" in all %5.0f ms  intake %5.0f ms  step %5.0f ms  %s%n", sample.totalMs(), sample.intakeMs(),
                            sample.stepMs(), sample.page().operation());
                }
            }
            if (options.instructions()) {
                return Report.renderInstructions(subjects, built, cold, javaVersion(), options);
            }
            sweeper.sweep();
            incidents.sweep();
            WarmLatency warm = new WarmLatency(launcher, slack, unique, work, progress, sweeper);
            Map<String, List<Double>> warmTouban = warm.slackWebhook(Subjects.slack("who", "", null), options.warm(), options.warmup());
            Map<String, List<Double>> warmOthers = new LinkedHashMap<>();
            if (built.stream().anyMatch(s -> s.kind() == Subject.Kind.BASELINE)) {
                warmOthers.putAll(warm.single(subjects.stream().filter(s -> s.kind() == Subject.Kind.BASELINE).findFirst().orElseThrow(),
                        options.warm(), options.warmup()));
            }
            Subject step = withIncidentEnvironment(withTemplateHandler(Subjects.all(SECRET).stream()
                    .filter(s -> s.row().equals(Subjects.STEP_ROW)).findFirst().orElseThrow()));
            if (Files.exists(root.resolve(step.jar()))) {
                // Each step pages a tier of an incident opened just before it (untimed), so every invocation really pages.
                warmOthers.putAll(warm.events(step, options.warm(), options.warmup(), i -> {
                    if (i % WarmLatency.SWEEP_EVERY_ROUNDS == 0) {
                        incidents.sweep();
                    }
                    return incidents.stepForNewIncident();
                }));
            }
            String firstPageSection = "";
            if (firstPage != null) {
                List<FirstPageLatency.Sample> firstPageWarm = firstPage.warm(options.warm(), options.warmup());
                firstPageSection = FirstPageLatency.render(firstPageWarm, firstPageCold, firstPage.duplicates());
            }
            Subject intake = withIncidentEnvironment(withTemplateHandler(Subjects.all(SECRET).stream()
                    .filter(s -> s.row().equals(Subjects.INTAKE_ROW)).findFirst().orElseThrow()));
            String storm = new AlertStorm(root, launcher, work, progress).run(intake, step,
                    incidents);
            Map<String, List<Double>> warmBolt = warmOthers;
            return Report.render(new Report.Inputs(subjects, built, cold, warmTouban, warmBolt, firstPageSection, storm, jarSizes(subjects),
                    javaVersion(), options));
        }
    }

    /** Alert to first page runs with the timed rows (not under --instructions) when --rows selects it, and its two jars are built. */
    private boolean firstPageSelected() {
        boolean selected = options.rows().isEmpty() || selectedRows().stream().anyMatch(FirstPageLatency.ROW::contains);
        return selected && !options.instructions() && Files.exists(root.resolve(incidentFunction(Subjects.INTAKE_ROW, incidents).jar()))
                && Files.exists(root.resolve(incidentFunction(Subjects.STEP_ROW, incidents).jar()));
    }

    private FirstPageLatency firstPageLatency(MotoServer moto, SlackStub slackApi) {
        return new FirstPageLatency(moto, slackApi, incidents, launcher, incidentFunction(Subjects.INTAKE_ROW, incidents),
                incidentFunction(Subjects.STEP_ROW, incidents), work, progress);
    }

    /** The alert intake's or the escalation step's row (by its row name), with template.yaml's handler and environment. */
    static Subject incidentFunction(String row, IncidentBench incidents) {
        Subject s = Subjects.all(SECRET).stream().filter(x -> x.row().equals(row)).findFirst().orElseThrow();
        return withIncidentEnvironment(withTemplateHandler(s), incidents);
    }

    /**
     * The row texts given with --rows. hello and bye run as a pair: each bye clocks out the hello
     * before it, so a second hello alone would find its user still clocked in.
     */
    private List<String> selectedRows() {
        List<String> rows = new ArrayList<>(List.of(options.rows().split(",")));
        if (rows.contains("hello") != rows.contains("bye")) {
            rows.add(rows.contains("hello") ? "bye" : "hello");
        }
        return rows;
    }

    /** The row a --compare row measures another build of ("alert-intake (before): trigger" is "alert-intake: trigger"). */
    static String baseRow(Subject s) {
        return s.row().replaceFirst(" \\([^)]*\\): ", ": ");
    }

    /** Whether the jar holds the class of a handler named as template.yaml names it (class::method). */
    private static boolean holdsClass(String jar, String handler) {
        String entry = handler.split("::", 2)[0].replace('.', '/') + ".class";
        try (ZipFile zip = new ZipFile(jar)) {
            return zip.getEntry(entry) != null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }

    /** The event of one cold run: a new incident's trigger, a new incident's first tier, or a signed Slack command. */
    private byte[] coldEvent(Subject s) {
        if (baseRow(s).equals(Subjects.INTAKE_ROW)) {
            return incidents.newTrigger();
        }
        if (baseRow(s).equals(Subjects.STEP_ROW)) {
            return incidents.stepForNewIncident();
        }
        if (baseRow(s).equals(Subjects.ACK_ROW)) {
            return slack.signedEvent(s.event(), Map.of("trigger_id", triggerId(), "text", "ack " + incidents.openIncident()), Instant.now())
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (baseRow(s).equals(Subjects.BUTTON_ROW)) {
            return incidents.acknowledgePress(slack, incidents.openIncident());
        }
        return slack.signedEvent(s.event(), Map.of("trigger_id", triggerId()), Instant.now()).getBytes(StandardCharsets.UTF_8);
    }

    /** The incident functions (and their floors) get the environment template.yaml gives them, pointed at the emulator and the Slack stub. */
    private Subject withIncidentEnvironment(Subject s) {
        return withIncidentEnvironment(s, incidents);
    }

    private static Subject withIncidentEnvironment(Subject s, IncidentBench incidents) {
        if (List.of(Subjects.CALL_ROW, Subjects.ACK_ROW, Subjects.BUTTON_ROW).contains(baseRow(s))) {
            // The Slack stub, should a build call Slack on the request path (before the follow-ups, the board was updated there).
            Map<String, String> env = new LinkedHashMap<>(s.env());
            env.put("SLACK_API_BASE", incidents.commonEnvironment().get("SLACK_API_BASE"));
            return new Subject(s.row(), s.jar(), s.handler(), s.event(), s.expect(), Map.copyOf(env), s.floorRow(), s.kind());
        }
        if (!List.of(Subjects.INTAKE_ROW, Subjects.STEP_ROW, Subjects.FLOOR_INTAKE, Subjects.FLOOR_STEP).contains(baseRow(s))) {
            return s;
        }
        Map<String, String> env = new LinkedHashMap<>(incidents.commonEnvironment());
        env.putAll(s.env());
        return new Subject(s.row(), s.jar(), s.handler(), s.event(), s.expect(), Map.copyOf(env), s.floorRow(), s.kind());
    }

    private ColdSample cold(Subject s) throws IOException, InterruptedException {
        byte[] event = coldEvent(s);
        markMotoLog(s.row());
        Path log = work.resolve("cold-" + s.row().replaceAll("[^A-Za-z0-9]+", "-") + ".log");
        Duration timeout = callgrind == null ? COLD_TIMEOUT : COUNTED_TIMEOUT;
        try (RuntimeApi api = RuntimeApi.start(i -> event, 1, true)) {
            long start = System.nanoTime();
            Process process = launcher.start(s, root.resolve(s.jar()), api.address(), Map.of(), log);
            api.watch(process.pid());
            process.onExit().thenRun(() -> api.fail("the JVM exited (" + process.exitValue() + ") before answering; see " + log));
            ColdSample sample;
            try {
                RuntimeApi.Answer answer = api.await(timeout).get(0);
                check(s, answer.body(), log);
                sample = new ColdSample((answer.answeredNanos() - start) / 1e6, answer.process().cpuMillis(),
                        answer.process().peakRssKb() / 1024.0, (api.firstNextNanos() - start) / 1e6, answer.process().threadCpuMillis(), 0);
            } catch (TimeoutException e) {
                throw new IllegalStateException(s.row() + " did not answer within " + timeout + "; see " + log);
            } finally {
                process.destroyForcibly();
                process.waitFor();
            }
            // Callgrind wrote the count before the runtime client posted the answer.
            return callgrind == null ? sample : sample.withInstructions(callgrind.instructions(process.pid()));
        }
    }

    /** With {@code -Dtouban.moto.log=FILE} (see LoopbackProxy), each cold run's AWS calls follow a line naming its row. */
    private static void markMotoLog(String row) throws IOException {
        String file = System.getProperty("touban.moto.log");
        if (file != null && !file.isBlank()) {
            Files.writeString(Path.of(file), "== " + row + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    /** An HTTP answer must be a 200 (or the Events API's 202) containing the expected text; other answers must contain it. */
    static void check(Subject s, String answer, Path log) {
        boolean http = answer.contains("\"statusCode\":");
        boolean ok = !http || answer.contains("\"statusCode\":200") || answer.contains("\"statusCode\":202");
        if (!ok || !answer.contains(s.expect())) {
            throw new IllegalStateException(s.row() + " answered something other than a 200 or 202 containing '" + s.expect() + "': "
                    + answer + " (log: " + log + ")");
        }
    }

    String triggerId() {
        return unique.incrementAndGet() + ".1234567890123.0be0c4";
    }

    /** The table from template.yaml and the signing secret in SSM. */
    static void prepare(AwsEmulator moto) {
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("touban-local", "touban-local"));
        try (DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(moto.endpoint()).region(Region.of(AwsEmulator.REGION))
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
             SsmClient ssm = SsmClient.builder().endpointOverride(moto.endpoint()).region(Region.of(AwsEmulator.REGION))
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build()) {
            TemplateTable.fromRepository().create(dynamo, TABLE);
            ssm.putParameter(r -> r.name(Subjects.SIGNING_SECRET_PARAM).type(ParameterType.SECURE_STRING).value(SECRET).overwrite(true));
        }
    }

    /** The Lambda environment every measured JVM gets, pointed at the emulator. */
    static Map<String, String> commonEnvironment(AwsEmulator moto) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "en_US.UTF-8");
        env.put("TZ", ":UTC");
        env.put("AWS_REGION", AwsEmulator.REGION);
        env.put("AWS_DEFAULT_REGION", AwsEmulator.REGION);
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "bench");
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("AWS_ACCESS_KEY_ID", "touban-local");
        env.put("AWS_SECRET_ACCESS_KEY", "touban-local");
        env.put("AWS_SESSION_TOKEN", "touban-bench");
        env.put("TOUBAN_AWS_ENDPOINT", moto.endpoint().toString());
        env.put("TABLE_NAME", TABLE);
        return env;
    }

    /** template.yaml is the deployment: when it names a handler for a row's jar, that handler is measured. */
    @SuppressWarnings("unchecked")
    private static Subject withTemplateHandler(Subject s) {
        Map<String, Object> template = (Map<String, Object>) TemplateTable.load(RepoFiles.read("template.yaml"));
        for (Object value : ((Map<String, Object>) template.get("Resources")).values()) {
            Map<String, Object> resource = (Map<String, Object>) value;
            if ("AWS::Serverless::Function".equals(resource.get("Type"))
                    && resource.get("Properties") instanceof Map<?, ?> props
                    && s.jar().equals(props.get("CodeUri")) && props.get("Handler") instanceof String handler) {
                return new Subject(s.row(), s.jar(), handler, s.event(), s.expect(), s.env(), s.floorRow(), s.kind());
            }
        }
        return s;
    }

    private Map<String, long[]> jarSizes(List<Subject> subjects) throws IOException {
        Map<String, long[]> sizes = new LinkedHashMap<>();
        for (Subject s : subjects) {
            Path jar = root.resolve(s.jar());
            if (sizes.containsKey(s.jar())) {
                continue;
            }
            if (!Files.exists(jar)) {
                sizes.put(s.jar(), null);
                continue;
            }
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                long classes = zip.stream().filter(e -> e.getName().endsWith(".class")).count();
                sizes.put(s.jar(), new long[] {Files.size(jar), classes});
            }
        }
        return sizes;
    }

    static String javaHome() {
        String configured = System.getenv("BENCH_JAVA_HOME");
        return configured != null && !configured.isBlank() ? configured : System.getProperty("java.home");
    }

    private static String javaVersion() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(javaHome(), "bin", "java").toString(), "-version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.lines().skip(1).findFirst().orElse(out).strip();
    }
}
