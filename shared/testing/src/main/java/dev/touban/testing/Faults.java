package dev.touban.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Wraps one part of a function (a store, a scheduler, a channel: any interface) so a chosen
 * call fails: the {@code nth} call of a method throws, before or after the real call ran.
 * {@link Crash} stands for the invocation dying there (a timeout, the runtime killed); it is
 * an {@link Error}, so no code under test mistakes it for a failure it handles.
 */
public final class Faults {
    /** The invocation died here. */
    public static final class Crash extends Error {
        public Crash(String where) {
            super("injected crash " + where);
        }
    }

    public enum When {
        BEFORE,
        AFTER
    }

    private record Rule(String method, Predicate<Object[]> matches, int nth, When when, int[] seen, boolean[] fired) {}

    private final List<Rule> rules = new ArrayList<>();

    /** The {@code nth} (1-based) call of {@code method} crashes {@code when} the real call. */
    public Faults crash(String method, int nth, When when) {
        return crash(method, args -> true, nth, when);
    }

    /** As {@link #crash(String, int, When)}, counting only calls whose arguments match. */
    public synchronized Faults crash(String method, Predicate<Object[]> matches, int nth, When when) {
        rules.add(new Rule(method, matches, nth, when, new int[1], new boolean[1]));
        return this;
    }

    /** Whether every rule has fired (so a test knows its fault happened). */
    public synchronized boolean allFired() {
        return rules.stream().allMatch(r -> r.fired()[0]);
    }

    @SuppressWarnings("unchecked")
    public <T> T wrap(Class<T> type, T real) {
        InvocationHandler handler = (proxy, method, args) -> {
            Rule rule = match(method.getName(), args == null ? new Object[0] : args);
            if (rule != null && rule.when() == When.BEFORE) {
                throw new Crash("before " + method.getName());
            }
            Object result;
            try {
                result = method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (rule != null) {
                throw new Crash("after " + method.getName());
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private synchronized Rule match(String method, Object[] args) {
        for (Rule rule : rules) {
            if (rule.method().equals(method) && rule.matches().test(args) && !rule.fired()[0]) {
                rule.seen()[0]++;
                if (rule.seen()[0] == rule.nth()) {
                    rule.fired()[0] = true;
                    return rule;
                }
            }
        }
        return null;
    }
}
