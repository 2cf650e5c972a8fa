package dev.touban.testing.faults;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The faults set on one service: for each kind, the share of calls it hits (the shares add up to
 * at most 1, the rest pass), how long a delayed call is held, and the operations it targets
 * (none named: every operation). Built only valid; each check says what is wrong.
 */
public record FaultRule(String service, Map<FaultKind, Double> shares, Duration delay, Set<String> operations) {
    public static final Duration MAX_DELAY = Duration.ofSeconds(60);
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(2);
    private static final Pattern SERVICE = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Pattern OPERATION = Pattern.compile("[A-Za-z0-9._/{}:-]{1,200}");

    public FaultRule {
        if (service == null || !SERVICE.matcher(service).matches()) {
            throw new IllegalArgumentException("a service is named in lower case, like dynamodb, sns, slack, sms or voice; not '" + service + "'");
        }
        EnumMap<FaultKind, Double> copy = new EnumMap<>(FaultKind.class);
        double total = 0;
        for (Map.Entry<FaultKind, Double> e : shares.entrySet()) {
            double share = e.getValue();
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException(service + " " + e.getKey().id() + ": a share is a number from 0 to 1 (0.3 = 30% of calls), not " + share);
            }
            if (share > 0) {
                copy.put(e.getKey(), share);
                total += share;
            }
        }
        if (total > 1 + 1e-9) {
            throw new IllegalArgumentException(service + ": the shares add up to " + total + ", more than every call (1)");
        }
        if (copy.containsKey(FaultKind.CONFLICT) && !service.equals("dynamodb")) {
            throw new IllegalArgumentException("conflict is a DynamoDB fault (TransactionConflict); " + service + " has none");
        }
        if (copy.containsKey(FaultKind.REFUSE) && !Set.of("sms", "voice", "slack").contains(service)) {
            throw new IllegalArgumentException("refuse is a fault of the providers a page goes through (sms, voice, slack), not of " + service);
        }
        delay = delay == null ? DEFAULT_DELAY : delay;
        if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException(service + ": a delay is from 0 to " + MAX_DELAY.toSeconds() + " seconds, not " + delay);
        }
        for (String operation : operations) {
            if (operation == null || !OPERATION.matcher(operation).matches()) {
                throw new IllegalArgumentException(service + ": an operation is a name like TransactWriteItems or chat.postMessage, not '" + operation + "'");
            }
        }
        shares = Collections.unmodifiableMap(copy);
        operations = Collections.unmodifiableSet(new LinkedHashSet<>(operations));
    }

    public static FaultRule none(String service) {
        return new FaultRule(service, Map.of(), DEFAULT_DELAY, Set.of());
    }

    public FaultRule with(FaultKind kind, double share) {
        EnumMap<FaultKind, Double> next = new EnumMap<>(FaultKind.class);
        next.putAll(shares);
        next.put(kind, share);
        return new FaultRule(service, next, delay, operations);
    }

    /** This service failing every call with {@code kind} alone. */
    public FaultRule only(FaultKind kind) {
        return new FaultRule(service, Map.of(kind, 1.0), delay, operations);
    }

    public FaultRule delayedBy(Duration by) {
        return new FaultRule(service, shares, by, operations);
    }

    public FaultRule on(List<String> names) {
        return new FaultRule(service, shares, delay, new LinkedHashSet<>(names));
    }

    public boolean targets(String operation) {
        return operations.isEmpty() || operations.contains(operation);
    }

    /** The kind a draw {@code u} in [0, 1) lands on, or null for a call that passes. */
    FaultKind pick(double u) {
        double edge = 0;
        for (FaultKind kind : FaultKind.values()) {
            edge += shares.getOrDefault(kind, 0.0);
            if (u < edge) {
                return kind;
            }
        }
        return null;
    }

    /** As {@code GET /local/faults} shows it. */
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        shares.forEach((kind, share) -> out.put(kind.id(), share));
        if (shares.containsKey(FaultKind.DELAY)) {
            out.put("by", delay.toString());
        }
        if (!operations.isEmpty()) {
            out.put("operations", List.copyOf(operations));
        }
        return out;
    }
}
