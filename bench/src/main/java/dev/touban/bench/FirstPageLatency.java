package dev.touban.bench;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.events.EventBridgeStepTrigger;
import dev.touban.testing.AwsExchange;
import dev.touban.testing.MotoServer;
import dev.touban.testing.RepoFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Alert to first page: from the alert intake's receipt of an Events API v2 trigger to the
 * first text message or voice call of the incident it opens reaching the SMS and voice stub
 * ({@code SendTextMessage} or {@code SendVoiceMessage}). Both functions run as Lambda runs them
 * (the deployment jars through the runtime interface client, as the other rows), against the
 * emulator. As on AWS, the intake does not page: it puts {@code EscalationStepDue} on the bus
 * and a rule invokes the escalation step with it. Here the suite plays that rule: the moment
 * the emulator has taken the intake's PutEvents, the event goes to the step's Runtime API.
 * EventBridge's own delivery delay on AWS is therefore not in the figure. Each incident's step
 * goes out once: when the intake's SDK retries a PutEvents that the emulator answered late (the
 * function's read timeout is 10 s; on a loaded machine moto sometimes takes that long), the
 * second copy is counted and not relayed, as the step's fencing would skip it anyway.
 *
 * <p>Warm: one intake runtime and one step runtime, alerts one at a time (the next trigger goes
 * out once the step has answered the one before), from the trigger's hand-out to the first page.
 * Cold: a fresh intake JVM gets the trigger, and once its EscalationStepDue is out, a fresh step
 * JVM gets the event, as when neither function has a warm execution environment; from the intake
 * process's start to the first page.
 */
final class FirstPageLatency {
    static final String ROW = "alert to first page";
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final Duration WARM_TIMEOUT = Duration.ofMinutes(10);
    /** The warm series sends alerts faster than template.yaml's 120 a minute; it measures paging, not the throttle. */
    private static final Map<String, String> UNTHROTTLED = Map.of("EVENTS_PER_MINUTE", "1000000", "OPEN_EVENTS_PER_MINUTE", "1000000");

    /**
     * One alert's way to its first page, in milliseconds: in all; the intake's part (to its
     * EscalationStepDue taken by the emulator); the step's part (from its start, or its event's
     * hand-out when warm, to the page); and the page.
     */
    record Sample(double totalMs, double intakeMs, double stepMs, SlackStub.Page page) {}

    /** An EscalationStepDue the intake put on the bus, as the step receives it, and when the emulator answered the PutEvents. */
    private record StepDue(long nanos, byte[] event) {}

    private final MotoServer moto;
    private final SlackStub stub;
    private final IncidentBench incidents;
    private final LambdaLauncher launcher;
    private final Subject intake;
    private final Subject step;
    private final Path work;
    private final PrintStream progress;
    private final BlockingQueue<StepDue> stepsDue = new LinkedBlockingQueue<>();
    private final java.util.Set<String> relayed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicInteger duplicates = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean relaying;

    FirstPageLatency(MotoServer moto, SlackStub stub, IncidentBench incidents, LambdaLauncher launcher, Subject intake, Subject step,
            Path work, PrintStream progress) {
        this.moto = moto;
        this.stub = stub;
        this.incidents = incidents;
        this.launcher = launcher;
        this.intake = intake;
        this.step = step;
        this.work = work;
        this.progress = progress;
    }

    /** One cold alert: fresh intake JVM, then a fresh step JVM for its EscalationStepDue. */
    Sample cold() throws IOException, InterruptedException {
        BlockingQueue<SlackStub.Page> pages = new LinkedBlockingQueue<>();
        startRelaying(pages::add);
        Path log = work.resolve("cold-alert-to-first-page.log");
        byte[] trigger = incidents.newTrigger();
        Process intakeProcess = null;
        Process stepProcess = null;
        try (RuntimeApi intakeApi = RuntimeApi.start(i -> trigger, 1, false)) {
            long start = System.nanoTime();
            intakeProcess = launcher.start(intake, RepoFiles.path(intake.jar()), intakeApi.address(), Map.of(), log);
            StepDue due = take(stepsDue, intakeProcess, "the intake's EscalationStepDue", log);
            try (RuntimeApi stepApi = RuntimeApi.start(i -> due.event(), 1, false)) {
                long stepStart = System.nanoTime();
                stepProcess = launcher.start(step, RepoFiles.path(step.jar()), stepApi.address(), Map.of(), log);
                SlackStub.Page page = take(pages, stepProcess, "the step's first page", log);
                Bench.check(intake, answers(intakeApi, log).get(0).body(), log);
                Bench.check(step, answers(stepApi, log).get(0).body(), log);
                return new Sample(ms(page.arrivedNanos() - start), ms(due.nanos() - start), ms(page.arrivedNanos() - stepStart), page);
            }
        } finally {
            stopRelaying();
            stop(stepProcess);
            stop(intakeProcess);
        }
    }

    /**
     * {@code rounds} alerts after {@code warmup} unmeasured ones through one warm intake runtime and
     * one warm step runtime, one alert at a time; every 25 alerts the incidents are swept (untimed).
     */
    List<Sample> warm(int rounds, int warmup) throws IOException, InterruptedException {
        int count = rounds + warmup;
        List<SlackStub.Page> pages = Collections.synchronizedList(new ArrayList<>());
        List<StepDue> taken = Collections.synchronizedList(new ArrayList<>());
        startRelaying(pages::add);
        Path log = work.resolve("warm-alert-to-first-page.log");
        progress.printf("warm  %-40s %d alerts through one intake and one step runtime%n", ROW, count);
        Process stepProcess = null;
        Process intakeProcess = null;
        try (RuntimeApi stepApi = RuntimeApi.start(i -> {
                StepDue due = poll(stepsDue);
                taken.add(due);
                return due.event();
            }, count, false);
             RuntimeApi intakeApi = RuntimeApi.start(i -> {
                 // Before the hand-out, so untimed: the alert before has been paged and its step has answered.
                 awaitAnswers(stepApi, i);
                 if (i % WarmLatency.SWEEP_EVERY_ROUNDS == 0) {
                     incidents.sweep();
                 }
                 return incidents.newTrigger();
             }, count, false)) {
            stepProcess = launcher.start(step, RepoFiles.path(step.jar()), stepApi.address(), Map.of(), log);
            awaitFirstNext(stepApi, stepProcess, log);
            intakeProcess = launcher.start(intake, RepoFiles.path(intake.jar()), intakeApi.address(), UNTHROTTLED, log);
            failOnExit(stepProcess, stepApi, log);
            failOnExit(intakeProcess, intakeApi, log);
            List<RuntimeApi.Answer> triggers = sorted(answers(intakeApi, WARM_TIMEOUT, log));
            List<RuntimeApi.Answer> steps = sorted(answers(stepApi, WARM_TIMEOUT, log));
            List<Sample> samples = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Bench.check(intake, triggers.get(i).body(), log);
                Bench.check(step, steps.get(i).body(), log);
                long received = triggers.get(i).handedOutNanos();
                long next = i + 1 < count ? triggers.get(i + 1).handedOutNanos() : Long.MAX_VALUE;
                SlackStub.Page page = firstBetween(pages, received, next);
                if (page == null) {
                    throw new IllegalStateException(ROW + ": alert " + i + " paged no one by SMS or voice before the next alert; "
                            + "pages that came later: " + offsets(pages, received) + " ms after its trigger; the step answered "
                            + steps.get(i).body() + "; unsent pages in the table: "
                            + incidents.unsentPages() + "; see " + log);
                }
                if (i >= warmup) {
                    samples.add(new Sample(ms(page.arrivedNanos() - received), ms(taken.get(i).nanos() - received),
                            ms(page.arrivedNanos() - steps.get(i).handedOutNanos()), page));
                }
            }
            return samples;
        } finally {
            stopRelaying();
            stop(intakeProcess);
            stop(stepProcess);
        }
    }

    /** EscalationStepDue events put a second time for the same incident and step, since this object was made. */
    int duplicates() {
        return duplicates.get();
    }

    /** The Markdown section of the report. */
    static String render(List<Sample> warm, List<Sample> cold, int duplicates) {
        StringBuilder out = new StringBuilder();
        out.append("\n### Alert to first page\n\n")
                .append("From the alert intake's receipt of an Events API v2 trigger to the first SMS or voice call of its incident reaching the ")
                .append("stub (End User Messaging's SendTextMessage or SendVoiceMessage). The step gets the intake's EscalationStepDue as soon as ")
                .append("the emulator has taken the PutEvents (EventBridge's own delivery delay is not in it). Intake: to its EscalationStepDue; ")
                .append("step: from its start (warm: its event's hand-out) to the page. Warm: p50 / p99, one alert at a time, both runtimes warm; ")
                .append("cold: median (min–max), a fresh intake JVM from process start, then a fresh step JVM.\n\n")
                .append("| alert to first page | n | in all ms | intake ms | step ms |\n|---|---|---|---|---|\n");
        if (!warm.isEmpty()) {
            out.append("| warm (p50 / p99) | ").append(warm.size()).append(" | ").append(percentiles(warm, Sample::totalMs))
                    .append(" | ").append(percentiles(warm, Sample::intakeMs)).append(" | ").append(percentiles(warm, Sample::stepMs)).append(" |\n");
        }
        if (!cold.isEmpty()) {
            out.append("| cold (median (min–max)) | ").append(cold.size()).append(" | ").append(spread(cold, Sample::totalMs))
                    .append(" | ").append(spread(cold, Sample::intakeMs)).append(" | ").append(spread(cold, Sample::stepMs)).append(" |\n");
        }
        if (duplicates > 0) {
            out.append("\n").append(duplicates).append(" EscalationStepDue put a second time for an incident (the intake's SDK retrying a late ")
                    .append("PutEvents) were not relayed.\n");
        }
        return out.toString();
    }

    private static String percentiles(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> figure) {
        List<Double> values = samples.stream().map(figure::applyAsDouble).toList();
        return String.format("%.1f / %.1f", Stats.percentile(values, 50), Stats.percentile(values, 99));
    }

    private static String spread(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> figure) {
        return Stats.of(samples.stream().map(figure::applyAsDouble).toList()).format();
    }

    /** Plays the EventBridge rule of template.yaml (source touban, detail type EscalationStepDue) for the step under measurement. */
    private void startRelaying(java.util.function.Consumer<SlackStub.Page> pageListener) {
        stepsDue.clear();
        stub.onPage(pageListener);
        moto.observe(this::relay);
        relaying = true;
    }

    private void stopRelaying() {
        relaying = false;
        stub.onPage(page -> { });
    }

    private void relay(AwsExchange exchange) {
        if (!relaying || exchange.status() != 200 || !"AWSEvents.PutEvents".equals(exchange.header("X-Amz-Target"))) {
            return;
        }
        long now = System.nanoTime();
        try {
            Object entries = JSON.std.mapFrom(exchange.requestBody()).get("Entries");
            for (Object e : entries instanceof List<?> list ? list : List.of()) {
                Map<?, ?> entry = (Map<?, ?>) e;
                if ("touban".equals(entry.get("Source")) && EventBridgeStepTrigger.DETAIL_TYPE.equals(entry.get("DetailType"))) {
                    Map<String, Object> detail = JSON.std.mapFrom(entry.get("Detail").toString());
                    long incident = ((Number) detail.get("incident")).longValue();
                    int stepIndex = ((Number) detail.get("step")).intValue();
                    if (relayed.add(incident + "#" + stepIndex)) {
                        stepsDue.add(new StepDue(now, IncidentBench.stepEvent(incident, stepIndex)));
                    } else {
                        duplicates.incrementAndGet();
                        progress.printf("%s: incident %d's EscalationStepDue for step %d was put again (not relayed)%n", ROW, incident, stepIndex);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("an unreadable PutEvents request: " + exchange.requestText(), e);
        }
    }

    private static StepDue poll(BlockingQueue<StepDue> queue) {
        try {
            StepDue due = queue.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (due == null) {
                throw new IllegalStateException(ROW + ": no EscalationStepDue from the intake within " + TIMEOUT);
            }
            return due;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next item, or a clear failure when the process it waits on exits or the time is up. */
    private static <T> T take(BlockingQueue<T> queue, Process process, String what, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            T item = queue.poll(50, TimeUnit.MILLISECONDS);
            if (item != null) {
                return item;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(ROW + ": the JVM exited (" + process.exitValue() + ") before " + what + "; see " + log);
            }
        }
        throw new IllegalStateException(ROW + ": no " + what + " within " + TIMEOUT + "; see " + log);
    }

    private static void awaitAnswers(RuntimeApi api, int answers) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (api.answered() < answers) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(ROW + ": the step did not answer alert " + (answers - 1) + " within " + TIMEOUT);
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Waits until the runtime has asked for its first event, before another JVM starts: the runtime
     * interface client unpacks its native library to the fixed path /tmp/.libaws-lambda-jni.so
     * (private to each execution environment on Lambda, shared here), and a JVM loading it while
     * another rewrites it crashes (exit 134), as {@code AlertStorm} also guards against.
     */
    private static void awaitFirstNext(RuntimeApi api, Process process, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (api.firstNextNanos() == 0) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException(ROW + ": the runtime did not ask for its first event; see " + log);
            }
            Thread.sleep(10);
        }
    }

    /** When the pages after {@code after} arrived, in ms after it (the first five). */
    private static List<Long> offsets(List<SlackStub.Page> pages, long after) {
        synchronized (pages) {
            return pages.stream().filter(p -> p.arrivedNanos() > after).map(p -> (p.arrivedNanos() - after) / 1_000_000).sorted().limit(5).toList();
        }
    }

    private static SlackStub.Page firstBetween(List<SlackStub.Page> pages, long after, long before) {
        synchronized (pages) {
            return pages.stream().filter(p -> p.arrivedNanos() > after && p.arrivedNanos() < before)
                    .min(java.util.Comparator.comparingLong(SlackStub.Page::arrivedNanos)).orElse(null);
        }
    }

    private static List<RuntimeApi.Answer> answers(RuntimeApi api, Path log) {
        return answers(api, TIMEOUT, log);
    }

    private static List<RuntimeApi.Answer> answers(RuntimeApi api, Duration timeout, Path log) {
        try {
            return api.await(timeout);
        } catch (TimeoutException e) {
            throw new IllegalStateException(ROW + ": no answer within " + timeout + "; see " + log);
        }
    }

    private static List<RuntimeApi.Answer> sorted(List<RuntimeApi.Answer> answers) {
        return answers.stream().sorted(java.util.Comparator.comparingInt(RuntimeApi.Answer::index)).toList();
    }

    private static void failOnExit(Process process, RuntimeApi api, Path log) {
        process.onExit().thenRun(() -> api.fail("the JVM exited (" + process.exitValue() + "); see " + log));
    }

    private static void stop(Process process) throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
