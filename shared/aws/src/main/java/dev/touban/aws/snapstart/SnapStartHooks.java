package dev.touban.aws.snapstart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * A handler's SnapStart hooks, registered with CRaC ({@code org.crac}, which Lambda's Java
 * runtime calls around the snapshot).
 *
 * <p>Before the checkpoint it runs the priming steps: dry calls that change no state (a signed
 * {@code help}, a read of a key that cannot exist) so that the classes, JSON mappers, HMAC and
 * SDK request pipeline they touch are loaded and initialised inside the snapshot instead of
 * on the first request after a restore. After a restore it runs the refresh steps: whatever
 * must not be shared by every environment restored from one snapshot (credentials, seeds).
 *
 * <p>A failing priming step is reported and the others still run: priming only saves time,
 * and a snapshot without it is still correct. A failing refresh step is thrown, because an
 * environment that kept stale credentials must not serve.
 */
public final class SnapStartHooks implements Resource {
    /** One step; may throw, and is named in the report. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    private final Map<String, Step> priming = new LinkedHashMap<>();
    private final Map<String, Step> refreshing = new LinkedHashMap<>();
    private final List<String> report = new ArrayList<>();

    /** Adds a priming step (run before the checkpoint, in order). */
    public SnapStartHooks prime(String what, Step step) {
        priming.put(what, step);
        return this;
    }

    /** Adds a refresh step (run after every restore, in order). */
    public SnapStartHooks refresh(String what, Step step) {
        refreshing.put(what, step);
        return this;
    }

    /**
     * Whether this JVM is initialising a SnapStart snapshot (Lambda sets
     * {@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start} when it initialises a published version
     * to snapshot it). Only then are hooks worth registering: an on-demand cold start would
     * only pay for them.
     */
    public static boolean snapshotInit(Map<String, String> env) {
        return "snap-start".equals(env.get("AWS_LAMBDA_INITIALIZATION_TYPE"));
    }

    /**
     * Registers with the global CRaC context. CRaC holds resources weakly: the handler must keep
     * the returned object in a field for the hooks to run.
     */
    public SnapStartHooks register() {
        Core.getGlobalContext().register(this);
        return this;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        priming.forEach((what, step) -> {
            long start = System.nanoTime();
            try {
                step.run();
                note("primed " + what + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            } catch (Exception | LinkageError e) {
                note("priming " + what + " failed (the snapshot is taken without it): " + e);
            }
        });
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) throws Exception {
        for (Map.Entry<String, Step> entry : refreshing.entrySet()) {
            entry.getValue().run();
            note("refreshed " + entry.getKey());
        }
    }

    /** What the hooks did, in order: one line per step. */
    public List<String> report() {
        synchronized (report) {
            return List.copyOf(report);
        }
    }

    private void note(String line) {
        synchronized (report) {
            report.add(line);
        }
        System.out.println("SnapStart: " + line);
    }
}
