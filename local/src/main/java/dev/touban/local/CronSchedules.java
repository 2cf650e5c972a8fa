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
 * The template's cron schedules as due work: each firing invokes its function's handler with
 * the schedule's Input, context attributes filled in as Scheduler fills them.
 */
final class CronSchedules implements LocalScheduler.DueWork {
    private final TemplateSchedules schedules;
    private final Map<String, RequestStreamHandler> handlers;

    CronSchedules(TemplateSchedules schedules, Map<String, RequestStreamHandler> handlers) {
        this.schedules = schedules;
        this.handlers = handlers;
    }

    @Override
    public List<LocalScheduler.Due> dueIn(Instant after, Instant upTo) {
        List<LocalScheduler.Due> due = new ArrayList<>();
        for (TemplateSchedules.Schedule s : schedules.schedules()) {
            RequestStreamHandler handler = handlers.get(s.functionId());
            if (handler == null) {
                continue; // a function the local runner does not serve yet
            }
            for (Instant t : s.cron().firingsBetween(after, upTo)) {
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
