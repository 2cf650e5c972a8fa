package dev.touban.testing.faults;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the faults of a game day from JSON, all or nothing: {@code {"slack":"down"}},
 * {@code {"sms":"refuse"}}, {@code {"dynamodb":{"throttle":0.3}}},
 * {@code {"dynamodb":{"conflict":0.2,"operations":["TransactWriteItems"]}}},
 * {@code {"sns":{"delay":0.5,"by":"PT3S"}}}, {@code {"voice":"up"}} (clears voice). Each service
 * named gets exactly the rule given; the others keep theirs. Anything it cannot read is refused
 * with the reason, before any rule changes.
 */
public final class FaultSettings {
    public static final Set<String> SERVICES = Set.of("dynamodb", "sns", "scheduler", "events", "ssm", "s3", "sms", "voice", "slack");
    public static final String EXAMPLE = "{\"slack\":\"down\"}, {\"sms\":\"refuse\"}, {\"dynamodb\":{\"throttle\":0.3}}, "
            + "{\"dynamodb\":{\"conflict\":0.2,\"operations\":[\"TransactWriteItems\"]}}, {\"slack\":\"up\"}";
    private static final Set<String> WORDS = Set.of("down", "refuse", "throttle", "up");

    private FaultSettings() {}

    /** The rules {@code body} sets (a rule without shares clears its service); IllegalArgumentException says what is wrong. */
    public static List<FaultRule> read(Object body) {
        if (!(body instanceof Map<?, ?> services) || services.isEmpty()) {
            throw new IllegalArgumentException("send a JSON object naming services and their faults, e.g. " + EXAMPLE);
        }
        List<FaultRule> rules = new ArrayList<>();
        for (Map.Entry<?, ?> e : services.entrySet()) {
            String service = String.valueOf(e.getKey());
            if (!SERVICES.contains(service)) {
                throw new IllegalArgumentException("unknown service '" + clip(service) + "': one of " + String.join(", ", SERVICES.stream().sorted().toList()));
            }
            rules.add(e.getValue() instanceof Map<?, ?> settings ? rule(service, settings) : word(service, e.getValue()));
        }
        return rules;
    }

    private static FaultRule word(String service, Object value) {
        if (!(value instanceof String word) || !WORDS.contains(word)) {
            throw new IllegalArgumentException(service + ": say \"down\", \"refuse\", \"throttle\" or \"up\", or give shares such as {\"throttle\":0.3}; not "
                    + clip(String.valueOf(value)));
        }
        FaultRule none = FaultRule.none(service);
        return switch (word) {
            case "down" -> none.only(FaultKind.FAIL);
            case "refuse" -> none.only(FaultKind.REFUSE);
            case "throttle" -> none.only(FaultKind.THROTTLE);
            default -> none;
        };
    }

    private static FaultRule rule(String service, Map<?, ?> settings) {
        Map<FaultKind, Double> shares = new EnumMap<>(FaultKind.class);
        Duration by = FaultRule.DEFAULT_DELAY;
        List<String> operations = List.of();
        for (Map.Entry<?, ?> s : settings.entrySet()) {
            String key = String.valueOf(s.getKey());
            switch (key) {
                case "by" -> by = duration(service, s.getValue());
                case "operations" -> operations = operations(service, s.getValue());
                default -> shares.put(kind(service, key), share(service, key, s.getValue()));
            }
        }
        if (shares.values().stream().noneMatch(share -> share > 0)) {
            throw new IllegalArgumentException(service + ": give at least one share above 0 (throttle, conflict, fail, reset, refuse, delay), or \"up\" to clear it");
        }
        return new FaultRule(service, shares, by, new java.util.LinkedHashSet<>(operations));
    }

    private static FaultKind kind(String service, String key) {
        for (FaultKind kind : FaultKind.values()) {
            if (kind.id().equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(service + ": unknown setting '" + clip(key) + "': throttle, conflict, fail, reset, refuse, delay, by, operations");
    }

    private static double share(String service, String kind, Object value) {
        if (!(value instanceof Number n)) {
            throw new IllegalArgumentException(service + " " + kind + ": a share is a number from 0 to 1, not " + clip(String.valueOf(value)));
        }
        return n.doubleValue();
    }

    private static Duration duration(String service, Object value) {
        try {
            return Duration.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(service + " by: a delay is an ISO-8601 duration such as PT3S, not " + clip(String.valueOf(value)));
        }
    }

    private static List<String> operations(String service, Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty() || list.size() > 50 || !list.stream().allMatch(String.class::isInstance)) {
            throw new IllegalArgumentException(service + " operations: a list of operation names, e.g. [\"TransactWriteItems\"] or [\"chat.postMessage\"]");
        }
        return list.stream().map(String.class::cast).toList();
    }

    /** Echoes what was sent, short, so a message never carries a whole hostile body. */
    private static String clip(String text) {
        String printable = text.replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() > 60 ? printable.substring(0, 60) + "..." : printable;
    }
}
