package dev.touban.local;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Stands in for EventBridge Scheduler locally: when the clock moves, every piece of work that
 * came due in between runs, in time order, with the clock set to its due time. Sources of due
 * work register here: the template's cron schedules now; one-time {@code at(...)} escalation
 * schedules later plug in the same way.
 */
public final class LocalScheduler {

    /** Something that may have work due in (after, upTo]. */
    @FunctionalInterface
    public interface DueWork {
        List<Due> dueIn(Instant after, Instant upTo);
    }

    /** One run: at {@code at}, named {@code name}; {@code run} returns what the run answered (for the clock's reply). */
    public record Due(Instant at, String name, Supplier<Object> run) {}

    private final LocalClock clock;
    private final List<DueWork> sources = new CopyOnWriteArrayList<>();
    private final List<Runnable> afterEach = new CopyOnWriteArrayList<>();

    public LocalScheduler(LocalClock clock) {
        this.clock = clock;
    }

    public LocalScheduler register(DueWork source) {
        sources.add(source);
        return this;
    }

    /** Runs after every fired run (the outbox collects what the run sent). */
    public LocalScheduler afterEach(Runnable hook) {
        afterEach.add(hook);
        return this;
    }

    /** Moves the clock to {@code target}, running what came due on the way; returns what ran, in order. */
    public synchronized List<Map<String, Object>> moveTo(Instant target) {
        Instant from = clock.instant();
        List<Map<String, Object>> fired = new ArrayList<>();
        if (target.isAfter(from)) {
            List<Due> due = new ArrayList<>();
            for (DueWork source : sources) {
                due.addAll(source.dueIn(from, target));
            }
            due.sort(Comparator.comparing(Due::at));
            for (Due d : due) {
                // runs due at the same instant follow one another: time never goes back between them
                if (d.at().isAfter(clock.instant())) {
                    clock.set(d.at());
                }
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("at", d.at().toString());
                entry.put("name", d.name());
                try {
                    entry.put("result", d.run().get());
                } catch (RuntimeException e) {
                    // Scheduler would retry and finally dead-letter; locally we report and go on
                    entry.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                afterEach.forEach(Runnable::run);
                fired.add(entry);
            }
        }
        clock.set(target);
        return fired;
    }
}
