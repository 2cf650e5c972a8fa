package dev.touban.local;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.testing.faults.Faults;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chaos run: N incidents through the local runner's real handlers, first with no faults (what
 * should be delivered), then again on a fresh emulator with seeded random faults on DynamoDB,
 * Slack, SMS, voice and SNS (what was). Nobody acknowledges, so each incident escalates through
 * its whole policy. A delivery is one page in the outbox: a Slack DM, an SMS, a voice call or a
 * publish to the pages topic, counted per incident, kind and recipient; lost is what the
 * faulted run sent fewer times than the clean one, duplicated what it sent more times. After the
 * faulted hour the faults end and the clock moves on fifteen minutes, so the one-minute sweep
 * resumes what the faults left pending, as it would on AWS.
 * {@code bench/chaos [incidents] [seed]} prints the figures.
 */
public final class ChaosRun {
    private static final String CLOCK_START = "2026-12-07T10:00:00+09:00";
    private static final Pattern INCIDENT = Pattern.compile("chaos-([0-9]+)");
    private static final int MOVES = 12;
    private static final int DRAIN_MOVES = 3;

    /** The figures of one run. */
    public record Figures(int incidents, long seed, int triggersRefused, Map<String, Map<String, Long>> injected,
            long expected, long sent, long lost, long duplicated) {
        /** Faults injected on one service ("dynamodb", "slack", ...), all kinds. */
        public long injectedOn(String service) {
            return injected.getOrDefault(service, Map.of()).values().stream().mapToLong(Long::longValue).sum();
        }

        public String table() {
            long faults = injected.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
            return String.join("\n",
                    "| incidents | seed | triggers refused | faults injected | deliveries expected | sent | lost | duplicated |",
                    "|---|---|---|---|---|---|---|---|",
                    "| " + incidents + " | " + seed + " | " + triggersRefused + " | " + faults + " | " + expected + " | " + sent + " | "
                            + lost + " | " + duplicated + " |",
                    "faults injected by service and kind: " + injected);
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

    /** Runs {@code incidents} clean and then faulted, each on a runner started from {@code environment} (a fresh emulator each). */
    public static Figures run(int incidents, long seed, Supplier<Map<String, String>> environment) throws IOException {
        Outcome clean = play(incidents, seed, environment.get(), faults -> { });
        Outcome faulted = play(incidents, seed, environment.get(), ChaosRun::randomFaults);
        long lost = 0;
        long duplicated = 0;
        Set<String> keys = new TreeSet<>(clean.deliveries().keySet());
        keys.addAll(faulted.deliveries().keySet());
        for (String key : keys) {
            long want = clean.deliveries().getOrDefault(key, 0L);
            long got = faulted.deliveries().getOrDefault(key, 0L);
            lost += Math.max(0, want - got);
            duplicated += Math.max(0, got - want);
        }
        return new Figures(incidents, seed, faulted.triggersRefused(), faulted.injected(), total(clean.deliveries()),
                total(faulted.deliveries()), lost, duplicated);
    }

    private record Outcome(Map<String, Long> deliveries, int triggersRefused, Map<String, Map<String, Long>> injected) {}

    private static Outcome play(int incidents, long seed, Map<String, String> environment, Consumer<Faults> setFaults) throws IOException {
        Map<String, String> env = new HashMap<>(environment);
        env.put("TOUBAN_PORT", "0");
        env.put("TOUBAN_CLOCK_START", CLOCK_START);
        env.put("TOUBAN_FAULT_SEED", Long.toString(seed));
        env.put("EVENTS_PER_MINUTE", "1000000");
        LocalRunner runner = LocalRunner.start(env);
        try {
            String base = "http://127.0.0.1:" + runner.port();
            setFaults.accept(runner.faults());
            int refused = 0;
            for (int i = 1; i <= incidents; i++) {
                if (!trigger(base, i)) {
                    refused++;
                }
            }
            for (int move = 0; move < MOVES; move++) {
                call(base, "POST", "/local/clock", "{\"advance\":\"PT5M\"}");
            }
            // The faults end; the retries and the one-minute sweep then resume whatever was left pending.
            runner.faults().clear();
            for (int move = 0; move < DRAIN_MOVES; move++) {
                call(base, "POST", "/local/clock", "{\"advance\":\"PT5M\"}");
            }
            call(base, "GET", "/local/outbox", null);
            return new Outcome(count(runner.outbox().entries()), refused, runner.faults().tally());
        } finally {
            runner.stop();
        }
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
        Figures figures = run(incidents, seed, () -> {
            Map<String, String> env = new HashMap<>(System.getenv());
            env.remove("TOUBAN_AWS_ENDPOINT");
            env.remove("TOUBAN_PORT");
            return env;
        });
        System.out.println(figures.table());
        System.exit(0);
    }
}
