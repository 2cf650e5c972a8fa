package dev.touban.aws;

import java.util.function.Supplier;

/**
 * A value built on first use and kept: an AWS client that only some requests need is then
 * built by the first request that needs it (or by SnapStart priming), not at every cold start.
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<? extends T> factory;
    private volatile T value;

    public Lazy(Supplier<? extends T> factory) {
        this.factory = factory;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = factory.get();
                    value = v;
                }
            }
        }
        return v;
    }

    /** Whether the value has been built yet. */
    public boolean isBuilt() {
        return value != null;
    }
}
