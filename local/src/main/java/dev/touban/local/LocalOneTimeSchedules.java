package dev.touban.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.touban.testing.OneTimeSchedules;
import java.time.Instant;
import java.util.List;

/**
 * The escalation steps' one-time {@code at(...)} schedules as due work for the
 * {@link LocalScheduler}: read from the emulator's Scheduler API (which stores schedules but
 * never fires them), deleted when fired as {@code ActionAfterCompletion: DELETE} does, their
 * input handed to the real escalation-step handler. An overdue schedule is due at once.
 */
public final class LocalOneTimeSchedules implements LocalScheduler.DueWork {
    private final OneTimeSchedules schedules;
    private final RequestStreamHandler stepHandler;

    LocalOneTimeSchedules(OneTimeSchedules schedules, RequestStreamHandler stepHandler) {
        this.schedules = schedules;
        this.stepHandler = stepHandler;
    }

    @Override
    public List<LocalScheduler.Due> dueIn(Instant after, Instant upTo) {
        return schedules.all().stream()
                .filter(s -> !s.at().isAfter(upTo))
                .map(s -> new LocalScheduler.Due(s.at(), s.name(), () -> fire(s)))
                .toList();
    }

    private Object fire(OneTimeSchedules.Schedule s) {
        if (!schedules.take(s)) {
            return "already gone";
        }
        LocalSteps.invoke(stepHandler, s.input());
        return s.input();
    }

    public List<OneTimeSchedules.Schedule> pending() {
        return schedules.all();
    }
}
