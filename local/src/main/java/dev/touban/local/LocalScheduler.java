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

    /** A bound on runs in one move, so a misbehaving source cannot spin forever. */
    static final int MAX_RUNS_PER_MOVE = 10_000;

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

    /**
     * Moves the clock to {@code target}, running what came due on the way; returns what ran, in
     * order. Sources are asked again after each instant's runs, so work that a run schedules
     * (the next escalation step) fires too if it falls due before {@code target}.
     */
    public synchronized List<Map<String, Object>> moveTo(Instant target) {
        List<Map<String, Object>> fired = new ArrayList<>();
        Instant cursor = clock.instant();
        boolean first = true;
        while (target.isAfter(cursor) && fired.size() < MAX_RUNS_PER_MOVE) {
            List<Due> due = new ArrayList<>();
            for (DueWork source : sources) {
                for (Due d : source.dueIn(cursor, target)) {
                    // overdue work runs once, at the start of the move; after that only what falls due on the way
                    if (!d.at().isAfter(target) && (first || d.at().isAfter(cursor))) {
                        due.add(d);
                    }
                }
            }
            first = false;
            if (due.isEmpty()) {
                break;
            }
            due.sort(Comparator.comparing(Due::at));
            Instant instant = due.get(0).at().isAfter(cursor) ? due.get(0).at() : cursor;
            for (Due d : due) {
                if (d.at().isAfter(instant)) {
                    break;
                }
                // runs due at the same instant follow one another: time never goes back between them
                if (instant.isAfter(clock.instant())) {
                    clock.set(instant);
                }
                fired.add(run(d));
            }
            cursor = instant;
        }
        clock.set(target);
        return fired;
    }

    private Map<String, Object> run(Due d) {
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
        return entry;
    }
}
