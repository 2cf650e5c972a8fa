package dev.touban.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.canary.CanaryHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scheduled canary on the moved clock, when {@code CANARY_INTERVAL_MINUTES} is set (as the
 * stack's CanaryIntervalMinutes: 0 or unset is off) with {@code CANARY_ROUTING_KEY}, the key of
 * the roster's {@code canary: true} service. It fires every interval on the clock's whole
 * multiples of it, calls this runner's own {@code /v2/enqueue}, and its metric lines go to
 * standard output and to the outbox (kind {@code cloudwatch:metric}).
 */
final class LocalCanary {
    static final String FUNCTION = "CanaryFunction";

    private final RequestStreamHandler handler;
    private final Duration interval;

    private LocalCanary(RequestStreamHandler handler, Duration interval) {
        this.handler = handler;
        this.interval = interval;
    }

    static Optional<LocalCanary> fromEnvironment(Map<String, String> env, String base, Clock clock, Outbox outbox) {
        String minutes = env.getOrDefault("CANARY_INTERVAL_MINUTES", "0").trim();
        if (minutes.equals("0") || minutes.isEmpty()) {
            return Optional.empty();
        }
        Duration interval;
        try {
            interval = Duration.ofMinutes(Integer.parseInt(minutes));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("CANARY_INTERVAL_MINUTES must be a whole number of minutes (0 is off), not '" + minutes + "'");
        }
        if (interval.isNegative()) {
            throw new IllegalArgumentException("CANARY_INTERVAL_MINUTES must not be negative");
        }
        Map<String, String> canaryEnv = new HashMap<>(env);
        canaryEnv.remove("CANARY_ROUTING_KEY_PARAM");
        canaryEnv.put("EVENTS_API_URL", base + "/v2/enqueue");
        canaryEnv.putIfAbsent("AWS_LAMBDA_FUNCTION_NAME", "touban-local-canary");
        return Optional.of(new LocalCanary(new CanaryHandler(canaryEnv, clock, metricLines(outbox, clock)), interval));
    }

    RequestStreamHandler handler() {
        return handler;
    }

    /** The firings in (after, upTo]: the whole multiples of the interval since the epoch. */
    CronSchedules.Wakeups wakeups() {
        long step = interval.toMillis();
        return (after, upTo) -> {
            List<Instant> out = new ArrayList<>();
            for (long t = Math.floorDiv(after.toEpochMilli(), step) * step + step; t <= upTo.toEpochMilli(); t += step) {
                out.add(Instant.ofEpochMilli(t));
            }
            return out;
        };
    }

    /** Each line printed goes to standard output, as on Lambda, and into the outbox as a parsed metric. */
    private static PrintStream metricLines(Outbox outbox, Clock clock) {
        return new PrintStream(new ByteArrayOutputStream() {
            @Override
            public synchronized void flush() {
                String text = toString(StandardCharsets.UTF_8);
                int end = text.lastIndexOf('\n');
                if (end < 0) {
                    return;
                }
                for (String line : text.substring(0, end).split("\n")) {
                    System.out.println(line);
                    try {
                        outbox.add("cloudwatch:metric", clock.instant(), JSON.std.mapFrom(line));
                    } catch (IOException e) {
                        outbox.add("cloudwatch:metric", clock.instant(), Map.of("line", line));
                    }
                }
                String rest = text.substring(end + 1);
                reset();
                writeBytes(rest.getBytes(StandardCharsets.UTF_8));
            }
        }, true, StandardCharsets.UTF_8);
    }
}
