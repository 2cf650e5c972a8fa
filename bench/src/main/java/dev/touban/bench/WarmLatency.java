package dev.touban.bench;

import dev.touban.testing.RepoFiles;
import dev.touban.testing.SlackRequests;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Warm latency in one JVM started as Lambda starts it: the Runtime API hands out signed events
 * one after another and times each from hand-out to answer. The first rounds warm the JVM and
 * are not counted. Every request has its own trigger id, so each is a new request (no replay
 * of an earlier answer), and hello and bye alternate, so each clocks in or out for real.
 */
final class WarmLatency {
    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    /**
     * moto copies the whole table for each transaction, so transactions slow down as items pile
     * up; between rounds (before the next event is handed out, so untimed) the table is swept
     * back to what a day of use holds.
     */
    static final int SWEEP_EVERY_ROUNDS = 25;

    private final LambdaLauncher launcher;
    private final SlackRequests slack;
    private final AtomicLong unique;
    private final Path work;
    private final PrintStream progress;
    private final TableSweeper sweeper;

    WarmLatency(LambdaLauncher launcher, SlackRequests slack, AtomicLong unique, Path work, PrintStream progress, TableSweeper sweeper) {
        this.sweeper = sweeper;
        this.launcher = launcher;
        this.slack = slack;
        this.unique = unique;
        this.work = work;
        this.progress = progress;
    }

    /** Latency in milliseconds per command: {@code rounds} measured rounds of hello, bye, who, help. */
    Map<String, List<Double>> slackWebhook(Subject function, int rounds, int warmup) throws IOException, InterruptedException {
        List<Subject> cases = new ArrayList<>();
        Subject.SLACK_COMMANDS.forEach(c -> cases.add(Subjects.slack(c, expectation(c), null)));
        return series(function, cases, rounds, warmup, c -> c.row().substring(c.row().indexOf(':') + 2));
    }

    Map<String, List<Double>> single(Subject function, int rounds, int warmup) throws IOException, InterruptedException {
        return series(function, List.of(function), rounds, warmup, Subject::row);
    }

    /**
     * Latency of one function over events made one by one ({@code event} runs before each hand-out,
     * so untimed): how the escalation step gets a fresh incident for every invocation.
     */
    Map<String, List<Double>> events(Subject function, int rounds, int warmup, java.util.function.IntFunction<byte[]> event)
            throws IOException, InterruptedException {
        int count = rounds + warmup;
        Path log = work.resolve("warm-" + function.row().replaceAll("[^A-Za-z0-9]+", "-") + ".log");
        progress.printf("warm  %-40s %d invocations in one JVM%n", function.row(), count);
        try (RuntimeApi api = RuntimeApi.start(event, count, false)) {
            Process process = launcher.start(function, RepoFiles.path(function.jar()), api.address(), Map.of(), log);
            process.onExit().thenRun(() -> api.fail("the JVM exited (" + process.exitValue() + "); see " + log));
            try {
                List<Double> ms = new ArrayList<>();
                for (RuntimeApi.Answer a : api.await(TIMEOUT)) {
                    Bench.check(function, a.body(), log);
                    if (a.index() >= warmup) {
                        ms.add(a.latencyNanos() / 1e6);
                    }
                }
                return Map.of(function.row(), ms);
            } catch (TimeoutException e) {
                throw new IllegalStateException(function.row() + ": warm series did not finish within " + TIMEOUT + "; see " + log);
            } finally {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }

    private Map<String, List<Double>> series(Subject function, List<Subject> cases, int rounds, int warmup,
            java.util.function.Function<Subject, String> label) throws IOException, InterruptedException {
        int k = cases.size();
        int count = (rounds + warmup) * k;
        Path log = work.resolve("warm-" + function.row().replaceAll("[^A-Za-z0-9]+", "-") + ".log");
        progress.printf("warm  %-40s %d invocations in one JVM%n", function.row(), count);
        try (RuntimeApi api = RuntimeApi.start(i -> {
            if (i % (k * SWEEP_EVERY_ROUNDS) == 0) {
                sweeper.sweep();
            }
            return slack.signedEvent(cases.get(i % k).event(), Map.of("trigger_id", unique.incrementAndGet() + ".1234567890123.0be0c4"),
                    Instant.now()).getBytes(StandardCharsets.UTF_8);
        }, count, false)) {
            Process process = launcher.start(function, RepoFiles.path(function.jar()), api.address(), Map.of(), log);
            process.onExit().thenRun(() -> api.fail("the JVM exited (" + process.exitValue() + "); see " + log));
            try {
                Map<String, List<Double>> out = new LinkedHashMap<>();
                cases.forEach(c -> out.put(label.apply(c), new ArrayList<>()));
                for (RuntimeApi.Answer a : api.await(TIMEOUT)) {
                    Subject c = cases.get(a.index() % k);
                    Bench.check(c, a.body(), log);
                    if (a.index() / k >= warmup) {
                        out.get(label.apply(c)).add(a.latencyNanos() / 1e6);
                    }
                }
                return out;
            } catch (TimeoutException e) {
                throw new IllegalStateException(function.row() + ": warm series did not finish within " + TIMEOUT + "; see " + log);
            } finally {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }

    private static String expectation(String command) {
        return switch (command) {
            case "hello" -> "Clocked in";
            case "bye" -> "Clocked out";
            case "who" -> "On call for";
            default -> "on-call commands";
        };
    }
}
