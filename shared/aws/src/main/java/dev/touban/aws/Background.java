package dev.touban.aws;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A value computed on its own thread while start-up goes on: a function starts reading a
 * secret over the network, reads its roster meanwhile, and waits for the secret only when it
 * needs it. {@link #get()} waits and throws what the computation threw.
 */
public final class Background<T> implements Supplier<T> {
    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts {@code work} on a daemon thread named {@code name}. */
    public static <T> Background<T> start(String name, Supplier<? extends T> work) {
        FutureTask<T> task = new FutureTask<>(work::get);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new Background<>(task);
    }

    /** The value, once computed; a failure is rethrown as it was thrown, unwrapped. */
    @Override
    public T get() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
