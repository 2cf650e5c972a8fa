package dev.touban.bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.TableKeys;
import dev.touban.domain.links.TeamToken;
import dev.touban.handoff.RotationHandoffHandler;
import dev.touban.intake.AlertIntakeHandler;
import dev.touban.escalation.EscalationStepHandler;
import dev.touban.schedule.SchedulePageHandler;
import dev.touban.slack.SlackWebhookHandler;
import dev.touban.testing.ApiRecorder;
import dev.touban.testing.AwsEmulator;
import dev.touban.testing.MotoServer;
import dev.touban.testing.MutableClock;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.SlackRequests;
import dev.touban.testing.TemplateTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.ScheduleSummary;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * {@code bench/run --cost [--runs N]}: what each Touban operation costs in AWS terms. Every
 * function is wired from the environment template.yaml gives it, in this JVM, against moto
 * and a recorder for Slack and voice; each operation runs a few times unmeasured, then
 * {@code --runs} times measured. The AWS calls are read off the emulator's request log
 * ({@link CostMeter}); the handler time is measured around the handler only. Prints the
 * per-operation table and the monthly model ({@link CostModel}) to stdout and to
 * bench/target/cost-results.md. docs/cost.md explains the model.
 */
final class CostBench {
    static final String TABLE = "touban-cost";
    private static final String SECRET = "touban-cost-signing-secret";
    private static final String CALENDAR_KEY = "touban-cost-calendar-key-0123456789abcdef";
    private static final String CALENDAR_PARAM = "/touban/calendar/key";
    private static final Instant START = Instant.parse("2027-01-04T00:30:00Z");
    private static final int WARMUP = 3;

    private final MutableClock clock = new MutableClock(START);
    private final AtomicLong unique = new AtomicLong(System.currentTimeMillis());
    private final SlackRequests slack = new SlackRequests(SECRET);
    private final List<CostModel.Measured> measured = new ArrayList<>();
    private final PrintStream progress = System.err;
    private CostMeter meter;
    private IncidentBench incidents;
    private AwsClients harness;
    private ApiRecorder recorder;
    private RequestStreamHandler webhook;
    private RequestStreamHandler intake;
    private RequestStreamHandler escalation;
    private RequestStreamHandler page;
    private RequestStreamHandler handoff;
    private long handlerNanos;

    private CostBench() {}

    static void main(String[] args) throws Exception {
        int runs = 5;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            } else {
                throw new IllegalArgumentException("usage: bench/run --cost [--runs N]; unknown " + args[i]);
            }
        }
        PrintStream stdout = System.out;
        // The handlers log JSON lines to stdout, as on Lambda; the report alone goes there.
        System.setOut(System.err);
        String report = new CostBench().run(runs);
        System.setOut(stdout);
        System.out.println(report);
        Path out = RepoFiles.path("bench/target/cost-results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.err.println("written to bench/target/cost-results.md");
        System.exit(0);
    }

    private String run(int runs) throws Exception {
        try (MotoServer moto = MotoServer.start(); SlackStub stub = SlackStub.start(); ApiRecorder api = ApiRecorder.start()) {
            recorder = api;
            harness = new AwsClients(new AwsSettings(Region.of(AwsEmulator.REGION), Optional.of(moto.endpoint()),
                    StaticCredentialsProvider.create(AwsBasicCredentials.create(CostMeter.HARNESS_KEY, CostMeter.HARNESS_KEY))));
            DynamoDbClient dynamo = harness.configure(DynamoDbClient.builder()).build();
            TemplateTable.fromRepository().create(dynamo, TABLE);
            incidents = new IncidentBench(moto, TABLE, stub, unique);
            incidents.prepare();
            wire(moto);
            meter = new CostMeter(dynamo, TABLE);
            moto.observe(meter::observe);

            measure(runs, step(CostModel.HELP, Map.of("slack-webhook", 1), 1, 0, () -> command("slack-command-help.json", Map.of())));
            measure(runs, step(CostModel.WHO, Map.of("slack-webhook", 1), 1, 0, () -> command("slack-command-who.json", Map.of())));
            measure(runs, step(CostModel.HELLO, Map.of("slack-webhook", 1), 1, 0, () -> command("slack-command-hello.json", Map.of())),
                    step(CostModel.BYE, Map.of("slack-webhook", 1), 1, 0, () -> command("slack-command-bye.json", Map.of())));
            incidentFlow(runs);
            measure(runs, step(CostModel.SWEEP, Map.of("escalation-step", 1), 0, 1,
                    () -> invoke(escalation, RepoFiles.read("events/escalation-step-sweep.json"))));
            AtomicLong week = new AtomicLong();
            measure(runs, step(CostModel.HANDOFF, Map.of("rotation-handoff", 1), 0, 1,
                    () -> invoke(handoff, handoffInput("sre-primary", START.plus(Duration.ofMinutes(30))
                            .plus(Duration.ofDays(7 * week.getAndIncrement()))))));
            // Every shift up to now has been handed off: a tick finds nothing to do, as nearly every minute's does.
            measure(runs, step(CostModel.TICK, Map.of("rotation-handoff", 1), 0, 1,
                    () -> invoke(handoff, handoffInput("sre-primary", clock.instant()))));
            measure(runs, step(CostModel.PAGE, Map.of("schedule-page", 1), 1, 0,
                    () -> invoke(page, pageEvent("schedule-page-html.json"))));
            measure(runs, step(CostModel.CALENDAR, Map.of("schedule-page", 1), 1, 0,
                    () -> invoke(page, pageEvent("schedule-page-calendar.json"))));
        }
        return CostModel.report(measured, CostModel.Prices.fromRepository(), CostModel.alarmsInTemplate());
    }

    /** One incident as most go: opened by monitoring, tier 1 paged, tier 2 paged five minutes later, acknowledged in Slack, resolved. */
    private void incidentFlow(int runs) {
        String[] dedup = new String[1];
        measure(runs,
                step(CostModel.TRIGGER, Map.of("alert-intake", 1, "escalation-step", 1), 1, 0, () -> {
                    dedup[0] = "cost-" + unique.incrementAndGet();
                    invoke(intake, eventsApi(dedup[0], "trigger"));
                    for (byte[] due : incidents.drainSteps()) {
                        invoke(escalation, new String(due, StandardCharsets.UTF_8));
                    }
                }),
                step(CostModel.TIER2, Map.of("escalation-step", 1), 0, 1, () -> {
                    clock.advance(Duration.ofMinutes(5));
                    fireDueSchedules();
                }),
                step(CostModel.ACK, Map.of("slack-webhook", 1), 1, 0,
                        () -> command("slack-command-help.json", Map.of("text", "ack " + number(dedup[0])))),
                step(CostModel.RESOLVE, Map.of("alert-intake", 1), 1, 0,
                        () -> invoke(intake, eventsApi(dedup[0], "resolve"))));
    }

    /** One operation: which functions it invokes, and whether through the HTTP API or a schedule. */
    private record Step(String name, Map<String, Integer> invocations, int apiRequests, int schedulerInvocations, Runnable op) {}

    private static Step step(String name, Map<String, Integer> invocations, int apiRequests, int schedulerInvocations, Runnable op) {
        return new Step(name, invocations, apiRequests, schedulerInvocations, op);
    }

    /**
     * Runs the steps in order, {@link #WARMUP} rounds unmeasured and then {@code runs} rounds
     * measured, each step in a window of its own; keeps each step's last usage and median handler time.
     */
    private void measure(int runs, Step... steps) {
        List<List<Double>> ms = new ArrayList<>();
        CostUsage[] usage = new CostUsage[steps.length];
        int[] voice = new int[steps.length];
        int[] slackCalls = new int[steps.length];
        for (Step s : steps) {
            ms.add(new ArrayList<>());
        }
        for (int round = 0; round < WARMUP + runs; round++) {
            for (int i = 0; i < steps.length; i++) {
                int recorded = recorder.calls().size();
                CostMeter.Window w = meter.open();
                handlerNanos = 0;
                steps[i].op().run();
                CostUsage u = w.close();
                if (round >= WARMUP) {
                    usage[i] = u;
                    ms.get(i).add(handlerNanos / 1e6);
                    List<ApiRecorder.Call> calls = recorder.calls().subList(recorded, recorder.calls().size());
                    voice[i] = (int) calls.stream().filter(c -> c.api().equals("voice")).count();
                    slackCalls[i] = (int) calls.stream().filter(c -> c.api().equals("slack")).count();
                }
            }
        }
        for (int i = 0; i < steps.length; i++) {
            List<Double> sorted = new ArrayList<>(ms.get(i));
            sorted.sort(Double::compare);
            double median = sorted.get(sorted.size() / 2);
            progress.printf("cost  %-62s %6.1f ms  %s%n", steps[i].name(), median, usage[i].dynamoCalls());
            measured.add(new CostModel.Measured(steps[i].name(), steps[i].invocations(), steps[i].apiRequests(),
                    steps[i].schedulerInvocations(), median, usage[i], voice[i], slackCalls[i]));
        }
    }

    private void wire(AwsEmulator moto) {
        String region = AwsEmulator.REGION;
        Map<String, String> env = new LinkedHashMap<>(IncidentBench.templateEnvironment(recorder.slackBase().toString()));
        env.putAll(Subjects.TOUBAN_ENV);
        env.put("TABLE_NAME", TABLE);
        env.put("TOUBAN_AWS_ENDPOINT", moto.endpoint().toString());
        env.put("AWS_REGION", region);
        env.put("VOICE_ORIGINATION_IDENTITY", "+15555550100");
        env.put("VOICE_ENDPOINT", recorder.voiceEndpoint().toString());
        env.put("CALENDAR_KEY_PARAM", CALENDAR_PARAM);
        try (SsmClient ssm = harness.configure(SsmClient.builder()).build();
             SnsClient sns = harness.configure(SnsClient.builder()).build();
             EventBridgeClient events = harness.configure(EventBridgeClient.builder()).build()) {
            ssm.putParameter(r -> r.name(Subjects.SIGNING_SECRET_PARAM).type(ParameterType.SECURE_STRING).value(SECRET).overwrite(true));
            ssm.putParameter(r -> r.name(CALENDAR_PARAM).type(ParameterType.SECURE_STRING).value(CALENDAR_KEY).overwrite(true));
            Map<String, String> handoffEnv = new LinkedHashMap<>(env);
            handoffEnv.put("HANDOFF_TOPIC_ARN", sns.createTopic(r -> r.name("touban-cost-handoffs")).topicArn());
            handoffEnv.put("EVENT_BUS_NAME", events.createEventBus(r -> r.name("touban-cost")).eventBusArn().replaceAll(".*/", ""));
            webhook = new SlackWebhookHandler(env, clock);
            intake = new AlertIntakeHandler(env, clock);
            escalation = new EscalationStepHandler(env, clock);
            page = new SchedulePageHandler(env, clock);
            handoff = new RotationHandoffHandler(handoffEnv, clock);
        }
    }

    private void command(String event, Map<String, String> changes) {
        Map<String, String> form = new LinkedHashMap<>(changes);
        form.put("trigger_id", unique.incrementAndGet() + ".1234567890123.0be0c4");
        String answer = invoke(webhook, slack.signedEvent(event, form, clock.instant()));
        if (!answer.contains("\"statusCode\":200")) {
            throw new IllegalStateException(event + " " + changes + " answered " + answer);
        }
    }

    private String eventsApi(String dedupKey, String action) {
        try {
            Map<String, Object> event = JSON.std.mapFrom(RepoFiles.read("events/" + IncidentBench.TRIGGER_EVENT));
            Map<String, Object> body = JSON.std.mapFrom((String) event.get("body"));
            body.put("dedup_key", dedupKey);
            body.put("event_action", action);
            event.put("body", JSON.std.asString(body));
            return JSON.std.asString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long number(String dedupKey) {
        try (DynamoDbClient dynamo = harness.configure(DynamoDbClient.builder()).build()) {
            return Long.parseLong(dynamo.getItem(r -> r.tableName(TABLE).key(TableKeys.openAlert("web", dedupKey))).item()
                    .get("incident").n());
        }
    }

    /** Plays EventBridge Scheduler: every one-time schedule now due is deleted (ActionAfterCompletion) and its input handed to the step. */
    private void fireDueSchedules() {
        try (SchedulerClient scheduler = harness.configure(SchedulerClient.builder()).build()) {
            for (ScheduleSummary s : scheduler.listSchedulesPaginator(r -> r.groupName(IncidentBench.SCHEDULE_GROUP)).schedules()) {
                var schedule = scheduler.getSchedule(r -> r.groupName(IncidentBench.SCHEDULE_GROUP).name(s.name()));
                Instant at = Instant.parse(schedule.scheduleExpression().replaceAll("^at\\((.*)\\)$", "$1") + "Z");
                if (!at.isAfter(clock.instant())) {
                    scheduler.deleteSchedule(r -> r.groupName(IncidentBench.SCHEDULE_GROUP).name(s.name()));
                    invoke(escalation, schedule.target().input());
                }
            }
        }
    }

    private String handoffInput(String rotation, Instant scheduled) {
        return "{\"team\":\"sre\",\"rotation\":\"" + rotation + "\",\"scheduledTime\":\"" + scheduled
                + "\",\"executionId\":\"" + Long.toHexString(unique.incrementAndGet()) + "\",\"attempt\":\"1\"}";
    }

    @SuppressWarnings("unchecked")
    private String pageEvent(String name) {
        try {
            Map<String, Object> event = JSON.std.mapFrom(RepoFiles.read("events/" + name));
            String token = new TeamToken(CALENDAR_KEY).forTeam("sre", 1);
            ((Map<String, Object>) event.get("queryStringParameters")).put("token", token);
            event.put("rawQueryString", String.valueOf(event.get("rawQueryString")).replaceAll("token=[^&]*", "token=" + token));
            return JSON.std.asString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String invoke(RequestStreamHandler handler, String input) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long start = System.nanoTime();
            handler.handleRequest(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, null);
            handlerNanos += System.nanoTime() - start;
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
