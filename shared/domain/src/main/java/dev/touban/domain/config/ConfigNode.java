package dev.touban.domain.config;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A value read from {@code oncall.yaml} together with where it was found, so that every
 * error names the file, the field path and the problem.
 */
final class ConfigNode {
    private final String source;
    private final String path;
    private final Object value;

    ConfigNode(String source, String path, Object value) {
        this.source = source;
        this.path = path;
        this.value = value;
    }

    String path() {
        return path;
    }

    ConfigException fail(String problem) {
        return new ConfigException(source, path.isEmpty() ? "(top level)" : path, problem);
    }

    ConfigNode field(String name) {
        Object v = map().get(name);
        if (v == null) {
            throw child(name, null).fail("is required");
        }
        return child(name, v);
    }

    /** Whether this map node gives the field (a field left empty counts as not given). */
    boolean has(String name) {
        return map().get(name) != null;
    }

    Optional<ConfigNode> optional(String name) {
        return has(name) ? Optional.of(field(name)) : Optional.empty();
    }

    /** The field names of a map node, in file order. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Object key : map().keySet()) {
            keys.add(String.valueOf(key));
        }
        return keys;
    }

    boolean isList() {
        return value instanceof List<?>;
    }

    List<ConfigNode> list() {
        if (!(value instanceof List<?> items)) {
            throw fail("must be a list");
        }
        List<ConfigNode> nodes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            nodes.add(new ConfigNode(source, path + "[" + i + "]", items.get(i)));
        }
        return nodes;
    }

    List<ConfigNode> optionalList(String name) {
        return has(name) ? field(name).list() : List.of();
    }

    /** The field's text checked against {@code regex} (see {@link #matching}), or null when the field is not given. */
    String optionalMatching(String name, String regex, String expectation) {
        return has(name) ? field(name).matching(regex, expectation) : null;
    }

    String text() {
        if (value instanceof String s && !s.isBlank()) {
            return s.trim();
        }
        throw fail(value instanceof String ? "must not be empty" : "must be a single value, not a list or map");
    }

    String matching(String regex, String expectation) {
        String s = text();
        if (!s.matches(regex)) {
            throw fail("'" + s + "' " + expectation);
        }
        return s;
    }

    int positiveInt() {
        String s = text();
        try {
            int n = Integer.parseInt(s);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw fail("'" + s + "' must be a whole number above zero");
    }

    int wholeNumber(int min, int max) {
        String s = text();
        try {
            int n = Integer.parseInt(s);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw fail("'" + s + "' must be a whole number from " + min + " to " + max);
    }

    ZoneId zone() {
        String s = text();
        try {
            return ZoneId.of(s);
        } catch (DateTimeException e) {
            throw fail("'" + s + "' is not an IANA time zone (for example Asia/Tokyo or Europe/Berlin)");
        }
    }

    LocalDate date() {
        String s = text();
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw fail("'" + s + "' is not a date in the form 2026-01-05");
        }
    }

    LocalTime time() {
        String s = text();
        try {
            return LocalTime.parse(s);
        } catch (DateTimeParseException e) {
            throw fail("'" + s + "' is not a time in the form 10:00");
        }
    }

    DayOfWeek dayOfWeek() {
        String s = text();
        try {
            return DayOfWeek.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail("'" + s + "' is not a weekday (monday ... sunday)");
        }
    }

    private Map<?, ?> map() {
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        throw fail("must be a map of fields");
    }

    private ConfigNode child(String name, Object v) {
        return new ConfigNode(source, path.isEmpty() ? name : path + "." + name, v);
    }
}
