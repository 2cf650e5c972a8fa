package dev.touban.local;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoIncidentStore;
import dev.touban.domain.escalation.Delivery;
import dev.touban.testing.faults.Faults;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chaos run: N incidents through the local runner's real handlers, first with no faults (what
 * should be delivered), then again on a fresh emulator with seeded random faults on DynamoDB,
 * Slack, SMS, voice and SNS (what was). Three incidents in four are acknowledged at a minute and
 * by a means drawn from the seed ({@link ChaosAcks}), the same in both runs; the rest escalate
 * through their whole policy. A delivery is one page in the outbox: a Slack DM, an SMS, a voice
 * call or a publish to the pages topic, counted per incident, kind and recipient; lost is what
 * the faulted run sent fewer times than the clean one, duplicated what it sent more times, and a
 * page after an acknowledgement is one the outbox shows after the incident's
 * {@code IncidentAcknowledged} event. After the faulted hour the faults end and the clock moves
 * on fifteen minutes, so the one-minute sweep resumes what the faults left pending, as on AWS.
 * The incidents are played in batches, each on a fresh emulator: moto copies the whole table on
 * every transaction, so one table of hundreds of incidents makes each step slower than the last.
 * Batches are independent, so {@link #WORKERS} of them are played side by side.
 * {@code bench/chaos [incidents] [seed] [batch] [workers]} prints the figures.
 */
public final class ChaosRun {
    private static final String CLOCK_START = "2026-12-07T10:00:00+09:00";
    private static final Pattern INCIDENT = Pattern.compile("chaos-([0-9]+)");
    private static final int HOUR = 60;
    private static final int DRAIN = 15;
    private static final int ACK_TRIES = 3;
    static final int BATCH = 10;
    /** Batches played side by side: each worker drives its own runner and emulator, one per core here. */
    static final int WORKERS = 2;

    /** The figures of one run. */
    public record Figures(int incidents, long seed, int triggersRefused, Map<String, Map<String, Long>> injected,
            long expected, long sent, long lost, long duplicated, int acknowledged, Map<String, Long> ackedBy,
            long pagesAfterAck, long cancelledByAck, long gaveUp) {
        /** Faults injected on one service ("dynamodb", "slack", ...), all kinds. */
        public long injectedOn(String service) {
            return injected.getOrDefault(service, Map.of()).values().stream().mapToLong(Long::longValue).sum();
        }

        public String table() {
            long faults = injected.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
            return String.join("\n",
                    "| incidents | seed | triggers refused | faults injected | deliveries expected | sent | lost | duplicated"
                            + " | acknowledged | cancelled by the ack | pages after ack | given up |",
                    "|---|---|---|---|---|---|---|---|---|---|---|---|",
                    "| " + incidents + " | " + seed + " | " + triggersRefused + " | " + faults + " | " + expected + " | " + sent + " | "
                            + lost + " | " + duplicated + " | " + acknowledged + " | " + cancelledByAck + " | " + pagesAfterAck + " | " + gaveUp + " |",
                    "faults injected by service and kind: " + injected,
                    "acknowledged by: " + ackedBy);
        }
    }

    private ChaosRun() {}

    /** The fault mix of a chaos run; every share is drawn from the seed. */
    public static void randomFaults(Faults faults) {
        faults.dynamodb().throttle(0.05).conflict(0.02).fail(0.01);
        faults.slack().fail(0.10).throttle(0.05);
        faults.sms().fail(0.05);
        faults.voice().fail(0.05);
        faults.service("sns").throttle(0.05);
    }

    /**
     * Runs {@code incidents} in batches of {@code batch}, each clean and then faulted on a runner
     * started from an environment (a fresh emulator each). One worker per entry of
     * {@code environments} plays batches side by side; a worker's environment is only ever asked
     * for by that worker. {@code progress} hears of each batch.
     */
    public static Figures run(int incidents, long seed, int batch, List<Supplier<Map<String, String>>> environments,
            Consumer<String> progress) throws IOException {
        int batches = (incidents + batch - 1) / batch;
        Outcome[][] outcomes = new Outcome[batches][];
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(environments.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Supplier<Map<String, String>> environment : environments) {
                running.add(workers.submit(() -> {
                    for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                        int first = b * batch + 1;
                        int last = Math.min(incidents, first + batch - 1);
                        Outcome c = play(first, last, seed, environment.get(), faults -> { });
                        Outcome f = play(first, last, seed, environment.get(), ChaosRun::randomFaults);
                        outcomes[b] = new Outcome[] {c, f};
                        synchronized (progress) {
                            progress.accept("incidents " + first + "-" + last + " played");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
        Map<String, Long> clean = new TreeMap<>();
        Map<String, Long> faulted = new TreeMap<>();
        Map<String, Map<String, Long>> injected = new TreeMap<>();
        Map<String, Long> ackedBy = new TreeMap<>();
        Map<String, Long> cancelled = new TreeMap<>();
        int refused = 0;
        int acknowledged = 0;
        long afterAck = 0;
        for (Outcome[] played : outcomes) {
            Outcome c = played[0];
            Outcome f = played[1];
            clean.putAll(c.deliveries());
            faulted.putAll(f.deliveries());
            cancelled.putAll(f.cancelled());
            refused += f.triggersRefused();
            acknowledged += f.ackedBy().values().stream().mapToLong(Long::longValue).sum();
            f.ackedBy().forEach((k, v) -> ackedBy.merge(k, v, Long::sum));
            afterAck += c.pagesAfterAck() + f.pagesAfterAck();
            f.injected().forEach((service, kinds) -> kinds.forEach((kind, n) ->
                    injected.computeIfAbsent(service, x -> new TreeMap<>()).merge(kind, n, Long::sum)));
        }
        long lost = 0;
        long duplicated = 0;
        long excused = 0;
        long gaveUp = 0;
        Set<String> keys = new TreeSet<>(clean.keySet());
        keys.addAll(faulted.keySet());
        for (String key : keys) {
            long want = clean.getOrDefault(key, 0L);
            long got = faulted.getOrDefault(key, 0L);
            long missing = Math.max(0, want - got);
            // A page the faults left pending is cancelled, not sent, once the incident is acknowledged (its delivery log says so).
            String incidentChannel = key.substring(0, key.indexOf('|')) + "|" + channel(key.split("\\|")[1]);
            long cancelledHere = Math.min(missing, cancelled.getOrDefault(incidentChannel, 0L));
            cancelled.merge(incidentChannel, -cancelledHere, Long::sum);
            excused += cancelledHere;
            // A page that failed at each of its attempts is given up (its delivery log says FAILED).
            long failedHere = Math.min(missing - cancelledHere, cancelled.getOrDefault(incidentChannel + "|FAILED", 0L));
            cancelled.merge(incidentChannel + "|FAILED", -failedHere, Long::sum);
            gaveUp += failedHere;
            lost += missing - cancelledHere - failedHere;
            duplicated += Math.max(0, got - want);
        }
        return new Figures(incidents, seed, refused, injected, total(clean), total(faulted), lost, duplicated, acknowledged, ackedBy, afterAck,
                excused, gaveUp);
    }

    private record Outcome(Map<String, Long> deliveries, int triggersRefused, Map<String, Map<String, Long>> injected,
            Map<String, Long> ackedBy, long pagesAfterAck, Map<String, Long> cancelled) {}

    private static String channel(String kind) {
        return switch (kind) {
            case "sms" -> "SMS";
            case "voice:SendVoiceMessage" -> "VOICE";
            case "sns:publish" -> "SNS";
            default -> "SLACK";
        };
    }

    /** Per acknowledged incident and channel ("3|SMS"), the deliveries its log shows cancelled by the acknowledgement. */
    private static Map<String, Long> cancelled(LocalRunner runner, List<Map<String, Object>> outbox, Set<Integer> acked) {
        Map<String, Long> out = new TreeMap<>();
        AwsClients aws = new AwsClients(AwsSettings.fromEnvironment(Map.of("TOUBAN_AWS_ENDPOINT", runner.awsEndpoint().toString())));
        DynamoIncidentStore store = new DynamoIncidentStore(aws.dynamoDb(), LocalRunner.TABLE);
        Pattern numbered = Pattern.compile("#([0-9]+)\\b[^\\n]*?chaos-([0-9]+) ");
        Map<Integer, Long> numbers = new HashMap<>();
        for (Map<String, Object> e : outbox) {
            Matcher m = numbered.matcher(String.valueOf(e.get("message")));
            if (m.find()) {
                numbers.putIfAbsent(Integer.parseInt(m.group(2)), Long.parseLong(m.group(1)));
            }
        }
        for (Map.Entry<Integer, Long> n : numbers.entrySet()) {
            for (Delivery d : store.deliveries(n.getValue())) {
                if (d.state() == Delivery.State.CANCELLED && acked.contains(n.getKey())) {
                    out.merge(n.getKey() + "|" + d.channel().name(), 1L, Long::sum);
                } else if (d.state() == Delivery.State.FAILED) {
                    out.merge(n.getKey() + "|" + d.channel().name() + "|FAILED", 1L, Long::sum);
                }
            }
        }
        return out;
    }

    private static Outcome play(int first, int last, long seed, Map<String, String> environment, Consumer<Faults> setFaults) throws IOException {
        Map<String, String> env = new HashMap<>(environment);
        env.put("TOUBAN_PORT", "0");
        env.put("TOUBAN_CLOCK_START", CLOCK_START);
        env.put("TOUBAN_FAULT_SEED", Long.toString(seed * 7919 + first));
        env.put("EVENTS_PER_MINUTE", "1000000");
        LocalRunner runner = LocalRunner.start(env);
        try {
            String base = "http://127.0.0.1:" + runner.port();
            Instant start = runner.clock().instant();
            setFaults.accept(runner.faults());
            int refused = 0;
            for (int i = first; i <= last; i++) {
                if (!trigger(base, i)) {
                    refused++;
                }
            }
            // The clock stops every five minutes and at each acknowledgement's minute.
            TreeMap<Integer, List<ChaosAcks.Plan>> stops = new TreeMap<>();
            for (int minute = 5; minute <= HOUR + DRAIN; minute += 5) {
                stops.put(minute, new ArrayList<>());
            }
            for (int i = first; i <= last; i++) {
                ChaosAcks.plan(seed, i).ifPresent(p -> stops.computeIfAbsent(p.minute(), m -> new ArrayList<>()).add(p));
            }
            Map<Integer, Integer> ackedAt = new HashMap<>();
            Map<String, Long> ackedBy = new TreeMap<>();
            for (Map.Entry<Integer, List<ChaosAcks.Plan>> stop : stops.entrySet()) {
                if (stop.getKey() > HOUR) {
                    // The faults end; the retries and the one-minute sweep then resume whatever was left pending.
                    runner.faults().clear();
                }
                Instant at = start.plus(Duration.ofMinutes(stop.getKey()));
                if (call(base, "POST", "/local/clock", "{\"set\":\"" + at + "\"}") != 200) {
                    throw new IllegalStateException("the runner's clock did not reach " + at + " (its log says why)");
                }
                for (ChaosAcks.Plan plan : stop.getValue()) {
                    for (int attempt = 0; attempt < ACK_TRIES && !ackedAt.containsKey(plan.incident()); attempt++) {
                        ChaosAcks.Method by = ChaosAcks.send(base, plan, outbox(base, runner), runner.clock().instant());
                        int seen = acknowledgement(outbox(base, runner), plan.incident());
                        if (seen >= 0) {
                            ackedAt.put(plan.incident(), seen);
                            ackedBy.merge(by.name().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
                        }
                    }
                }
            }
            List<Map<String, Object>> entries = outbox(base, runner);
            return new Outcome(count(entries), refused, runner.faults().tally(), ackedBy, pagesAfter(entries, ackedAt),
                    cancelled(runner, entries, ackedAt.keySet()));
        } finally {
            runner.stop();
        }
    }

    private static List<Map<String, Object>> outbox(String base, LocalRunner runner) {
        call(base, "GET", "/local/outbox", null);
        return runner.outbox().entries();
    }

    /** The index in the outbox of incident {@code i}'s IncidentAcknowledged event, or -1. */
    static int acknowledgement(List<Map<String, Object>> outbox, int i) {
        for (int n = 0; n < outbox.size(); n++) {
            Map<String, Object> e = outbox.get(n);
            if ("eventbridge:IncidentAcknowledged".equals(e.get("kind"))
                    && String.valueOf(((Map<?, ?>) e.get("message")).get("detail")).contains("chaos-" + i + " ")) {
                return n;
            }
        }
        return -1;
    }

    /** Pages the outbox shows after their incident's acknowledgement ({@code ackedAt}: incident to the index of its event). */
    static long pagesAfter(List<Map<String, Object>> outbox, Map<Integer, Integer> ackedAt) {
        long after = 0;
        for (int n = 0; n < outbox.size(); n++) {
            for (String key : count(List.of(outbox.get(n))).keySet()) {
                Integer acked = ackedAt.get(Integer.parseInt(key.substring(0, key.indexOf('|'))));
                if (acked != null && n > acked) {
                    after++;
                }
            }
        }
        return after;
    }

    /** An Events API trigger, retried twice on anything but 202 as a monitoring tool retries. */
    private static boolean trigger(String base, int i) {
        String body = "{\"routing_key\":\"0123456789abcdef0123456789abcdef\",\"event_action\":\"trigger\",\"dedup_key\":\"chaos-" + i
                + "\",\"payload\":{\"summary\":\"chaos-" + i + " disk full\",\"source\":\"db-1\",\"severity\":\"critical\"}}";
        for (int attempt = 0; attempt < 3; attempt++) {
            if (call(base, "POST", "/v2/enqueue", body) == 202) {
                return true;
            }
        }
        return false;
    }

    /** Pages in the outbox per incident, kind and recipient. */
    static Map<String, Long> count(List<Map<String, Object>> outbox) {
        Map<String, Long> out = new TreeMap<>();
        for (Map<String, Object> entry : outbox) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) entry.get("message");
            String kind = (String) entry.get("kind");
            String recipient;
            String text;
            switch (kind) {
                case "sms" -> {
                    recipient = (String) m.get("to");
                    text = (String) m.get("text");
                }
                case "voice:SendVoiceMessage" -> {
                    recipient = (String) m.get("DestinationPhoneNumber");
                    text = (String) m.get("MessageBody");
                }
                case "slack:chat.postMessage" -> {
                    recipient = String.valueOf(m.get("channel"));
                    text = String.valueOf(m.get("text"));
                    if (!recipient.startsWith("D")) {
                        continue;
                    }
                }
                case "sns:publish" -> {
                    recipient = String.valueOf(m.get("topicArn"));
                    text = String.valueOf(m.get("subject")) + " " + m.get("message");
                }
                default -> {
                    continue;
                }
            }
            Matcher incident = INCIDENT.matcher(text == null ? "" : text);
            if (incident.find()) {
                out.merge(incident.group(1) + "|" + kind + "|" + recipient, 1L, Long::sum);
            }
        }
        return out;
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static int call(String base, String method, String path, String body) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            c.setRequestMethod(method);
            c.setReadTimeout(120_000);
            if (body != null) {
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", "application/json");
                c.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            }
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                if (in != null) {
                    in.readAllBytes();
                }
            }
            return status;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        int incidents = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : BATCH;
        int workers = args.length > 3 ? Integer.parseInt(args[3]) : WORKERS;
        long began = System.nanoTime();
        Supplier<Map<String, String>> ownEmulator = () -> {
            Map<String, String> env = new HashMap<>(System.getenv());
            env.remove("TOUBAN_AWS_ENDPOINT");
            env.remove("TOUBAN_PORT");
            return env;
        };
        Figures figures = run(incidents, seed, batch, java.util.Collections.nCopies(workers, ownEmulator),
                line -> System.out.println(line + " (" + (System.nanoTime() - began) / 1_000_000_000 + " s)"));
        long seconds = (System.nanoTime() - began) / 1_000_000_000;
        System.out.println(figures.table());
        System.out.println("wall time: " + seconds + " s with " + workers + " workers, "
                + String.format(java.util.Locale.ROOT, "%.1f", seconds / (double) incidents) + " s an incident (clean and faulted)");
        System.exit(0);
    }
}
