package dev.touban.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.touban.testing.OneTimeSchedules;
import java.time.Instant;
import java.util.List;

/**
 * Fires the escalation steps' one-time {@code at(...)} schedules that are due when the local
 * clock moves: reads them from the emulator's Scheduler API (which stores schedules but never
 * fires them), deletes each as {@code ActionAfterCompletion: DELETE} does, and hands its input
 * to the real escalation-step handler.
 */
public final class LocalOneTimeSchedules {
    private final OneTimeSchedules schedules;
    private final RequestStreamHandler stepHandler;
    private final Runnable afterEach;

    LocalOneTimeSchedules(OneTimeSchedules schedules, RequestStreamHandler stepHandler, Runnable afterEach) {
        this.schedules = schedules;
        this.stepHandler = stepHandler;
        this.afterEach = afterEach;
    }

    /** Fires everything due at {@code now}, earliest first; returns the names fired. */
    public List<String> fireDue(Instant now) {
        List<OneTimeSchedules.Schedule> due = schedules.takeDue(now);
        for (OneTimeSchedules.Schedule s : due) {
            LocalSteps.invoke(stepHandler, s.input(), afterEach);
        }
        return due.stream().map(OneTimeSchedules.Schedule::name).toList();
    }

    public List<OneTimeSchedules.Schedule> pending() {
        return schedules.all();
    }
}
