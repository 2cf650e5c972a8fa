package dev.touban.testing.faults;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The faults a {@link dev.touban.testing.LoopbackProxy} injects, per service and operation, and a
 * tally of those it injected. Whether the n-th call of one operation is hit depends only on the
 * seed, the service, the operation and n: a seeded run faults the same calls each time, and
 * traffic to one service does not move the faults of another.
 */
public final class Faults {
    private final long seed;
    private final Map<String, FaultRule> rules = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();
    private final List<Injection> injections = new CopyOnWriteArrayList<>();
    private volatile Consumer<Injection> listener = injection -> { };

    /** One fault injected: on which call, of which kind. */
    public record Injection(String service, String operation, FaultKind kind) {}

    /** What to do with one call: {@code kind} null means pass it on. */
    public record Decision(FaultKind kind, FaultRule rule) {}

    private Faults(long seed) {
        this.seed = seed;
    }

    public static Faults seeded(long seed) {
        return new Faults(seed);
    }

    public long seed() {
        return seed;
    }

    public ServiceFaults dynamodb() {
        return service("dynamodb");
    }

    public ServiceFaults slack() {
        return service("slack");
    }

    /** Text messages through End User Messaging (SendTextMessage and the rest of sms-voice but voice calls). */
    public ServiceFaults sms() {
        return service("sms");
    }

    /** Voice calls through End User Messaging (SendVoiceMessage). */
    public ServiceFaults voice() {
        return service("voice");
    }

    /** Any service by its signing name: sns, scheduler, events, s3, ssm. */
    public ServiceFaults service(String name) {
        FaultRule.none(name);
        return new ServiceFaults(this, name);
    }

    /** Replaces the rules of the services these name, all or none (a rule with no shares clears its service). */
    public void set(Collection<FaultRule> next) {
        for (FaultRule rule : next) {
            if (rule.shares().isEmpty()) {
                rules.remove(rule.service());
            } else {
                rules.put(rule.service(), rule);
            }
        }
    }

    void update(String service, UnaryOperator<FaultRule> change) {
        rules.compute(service, (name, rule) -> {
            FaultRule next = change.apply(rule == null ? FaultRule.none(name) : rule);
            return next.shares().isEmpty() && next.operations().isEmpty() ? null : next;
        });
    }

    /** Removes every rule; the tally stays (it is what happened). */
    public void clear() {
        rules.clear();
    }

    public void clear(String service) {
        rules.remove(service);
    }

    public Map<String, FaultRule> rules() {
        return new TreeMap<>(rules);
    }

    /** Hears each fault as it is injected (the local runner writes it to the outbox). */
    public void onInjected(Consumer<Injection> listener) {
        this.listener = listener;
    }

    /** Draws for this call; records and announces the fault when there is one. */
    public Optional<Decision> decide(Call call) {
        if (call.exempt()) {
            return Optional.empty();
        }
        String key = call.service() + "/" + call.operation();
        long n = calls.computeIfAbsent(key, k -> new AtomicLong()).getAndIncrement();
        FaultRule rule = rules.get(call.service());
        if (rule == null || !rule.targets(call.operation())) {
            return Optional.empty();
        }
        double u = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + key.hashCode() * 1_000_003L + n).nextDouble();
        FaultKind kind = rule.pick(u);
        if (kind == null) {
            return Optional.empty();
        }
        Injection injection = new Injection(call.service(), call.operation(), kind);
        injections.add(injection);
        listener.accept(injection);
        return Optional.of(new Decision(kind, rule));
    }

    public List<Injection> injections() {
        return new ArrayList<>(injections);
    }

    public long injected(FaultKind kind) {
        return injections.stream().filter(i -> i.kind() == kind).count();
    }

    public long injected(String service, FaultKind kind) {
        return injections.stream().filter(i -> i.service().equals(service) && i.kind() == kind).count();
    }

    /** Faults injected so far, per service and kind: {@code {"dynamodb":{"throttle":12},"slack":{"fail":3}}}. */
    public Map<String, Map<String, Long>> tally() {
        Map<String, Map<FaultKind, Long>> byService = new TreeMap<>();
        for (Injection i : injections) {
            byService.computeIfAbsent(i.service(), s -> new EnumMap<>(FaultKind.class)).merge(i.kind(), 1L, Long::sum);
        }
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        byService.forEach((service, kinds) -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            kinds.forEach((kind, count) -> counts.put(kind.id(), count));
            out.put(service, counts);
        });
        return out;
    }
}
