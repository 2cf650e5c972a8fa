package dev.touban.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The template's schedules as due work: each firing invokes its function's handler with the
 * schedule's Input, context attributes filled in as Scheduler fills them. A cron fires when it
 * says; a {@code rate(1 minute)} would fire thousands of times in a moved week, so it fires
 * only at the instants its function's {@link Wakeups} name, the ones where a run has work
 * (the handoff sweep: where a shift starts; the escalation sweep: where a heartbeat turns missed,
 * since locally no one-time schedule gets lost). A rate without wakeups does not fire locally.
 */
final class CronSchedules implements LocalScheduler.DueWork {
    private final TemplateSchedules schedules;
    private final Map<String, RequestStreamHandler> handlers;
    private final Map<String, Wakeups> wakeups;

    /** The instants in (after, upTo] at which a rate-scheduled function would find work. */
    @FunctionalInterface
    interface Wakeups {
        List<Instant> between(Instant after, Instant upTo);
    }

    CronSchedules(TemplateSchedules schedules, Map<String, RequestStreamHandler> handlers, Map<String, Wakeups> wakeups) {
        this.schedules = schedules;
        this.handlers = handlers;
        this.wakeups = wakeups;
    }

    @Override
    public List<LocalScheduler.Due> dueIn(Instant after, Instant upTo) {
        List<LocalScheduler.Due> due = new ArrayList<>();
        for (TemplateSchedules.Schedule s : schedules.schedules()) {
            RequestStreamHandler handler = handlers.get(s.functionId());
            if (handler == null || (s.isRate() && !wakeups.containsKey(s.functionId()))) {
                continue; // a function the local runner does not serve, or a rate with nothing to wake it
            }
            List<Instant> firings = s.isRate() ? wakeups.get(s.functionId()).between(after, upTo) : s.cron().firingsBetween(after, upTo);
            for (Instant t : firings) {
                due.add(new LocalScheduler.Due(t, s.functionId() + "." + s.eventName(), () -> invoke(handler, input(s, t))));
            }
        }
        return due;
    }

    static String input(TemplateSchedules.Schedule s, Instant t) {
        return s.input()
                .replace("<aws.scheduler.scheduled-time>", t.toString())
                .replace("<aws.scheduler.execution-id>", HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()))
                .replace("<aws.scheduler.attempt-number>", "1")
                .replace("<aws.scheduler.schedule-arn>", "arn:aws:scheduler:local:000000000000:schedule/default/" + s.eventName());
    }

    private static Object invoke(RequestStreamHandler handler, String input) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, null);
            String text = out.toString(StandardCharsets.UTF_8);
            return text.startsWith("{") ? JSON.std.mapFrom(text) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
