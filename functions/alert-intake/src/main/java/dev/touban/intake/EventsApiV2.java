package dev.touban.intake;

import dev.touban.aws.http.Json;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.DedupKeys;
import dev.touban.domain.incident.Link;
import dev.touban.domain.incident.Severity;
import dev.touban.domain.text.CleanText;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a PagerDuty Events API v2 event (its routing key already checked) the way a pager
 * must: what is malformed (a missing or mistyped field, an unknown action or severity, a
 * link that is no http(s) URL) is refused with every error in one list, and nothing is
 * half-accepted; what is merely long or hostile is never refused for its bytes. Texts are
 * cleaned and cut by {@link Alert}; a dedup key longer than 255 characters is replaced by
 * its digest ({@link DedupKeys}); custom details longer than {@value Alert#MAX_DETAILS}
 * characters keep their start, marked; links beyond {@value Alert#MAX_LINKS} or with an
 * {@code href} over {@value Link#MAX_HREF} characters are left out (a cut URL would lead
 * elsewhere); {@code images} are not kept. The body itself is bounded at
 * {@value #MAX_BODY_BYTES} bytes, as PagerDuty bounds it. Unknown fields (Alertmanager's
 * {@code client}, anything a tool adds) are accepted and ignored.
 */
public final class EventsApiV2 {
    public static final int MAX_BODY_BYTES = 512_000;
    private static final DateTimeFormatter OFFSET_WITHOUT_COLON = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss[.SSS][.SS][.S]Z");

    private EventsApiV2() {}

    public enum Action {
        TRIGGER,
        ACKNOWLEDGE,
        RESOLVE
    }

    /** A valid event; {@code alert} is null for acknowledge and resolve, {@code dedupKey} is generated for a trigger without one. */
    public record Event(Action action, String dedupKey, boolean dedupKeyGiven, Alert alert) {}

    public sealed interface Parsed {
        record Valid(Event event) implements Parsed {}

        record Invalid(List<String> errors) implements Parsed {}
    }

    /** The event in {@code json}, a body already read as a JSON object. */
    public static Parsed parse(Map<String, Object> json) {
        List<String> errors = new ArrayList<>();
        String actionText = string(json, "event_action", errors, true);
        Action action = null;
        if (actionText != null) {
            action = switch (actionText) {
                case "trigger" -> Action.TRIGGER;
                case "acknowledge" -> Action.ACKNOWLEDGE;
                case "resolve" -> Action.RESOLVE;
                default -> null;
            };
            if (action == null) {
                errors.add("'event_action' must be trigger, acknowledge or resolve, not '" + shorten(actionText) + "'");
            }
        }
        String sentKey = string(json, "dedup_key", errors, action == Action.ACKNOWLEDGE || action == Action.RESOLVE);
        Alert alert = null;
        if (action == Action.TRIGGER) {
            alert = alert(json, errors);
        }
        if (!errors.isEmpty()) {
            return new Parsed.Invalid(errors);
        }
        boolean given = sentKey != null;
        String dedupKey = given ? DedupKeys.of(sentKey) : UUID.randomUUID().toString().replace("-", "");
        return new Parsed.Valid(new Event(action, dedupKey, given, alert));
    }

    /** {@code custom_details} as JSON text; past {@value Alert#MAX_DETAILS} characters, its start in a JSON object that says it was cut. */
    static String details(Object value) {
        if (value == null) {
            return null;
        }
        String text = Json.write(cleaned(value));
        if (text.length() <= Alert.MAX_DETAILS) {
            return text;
        }
        // written again as a JSON string its characters can at most double (quotes, backslashes)
        Map<String, Object> cut = new LinkedHashMap<>();
        cut.put("truncated", "custom_details was " + text.length() + " characters; Touban keeps their start");
        cut.put("start", CleanText.cut(text, Alert.MAX_DETAILS / 2 - 200, CleanText.MARKER));
        return Json.write(cut);
    }

    /**
     * {@code value} with every text in it, member names too, cleaned as {@link Alert} cleans its
     * fields, so that the JSON written from it is left as it is by that cleaning. Cleaning the
     * JSON text instead could make two member names one (a DEL and a U+FFFD both become U+FFFD)
     * or put a line break inside a string (U+2028), and the stored details would no longer be
     * JSON. Where two names become one, the later value is kept.
     */
    private static Object cleaned(Object value) {
        if (value instanceof String s) {
            return CleanText.block(s, s.length());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String name = String.valueOf(e.getKey());
                out.put(CleanText.block(name, name.length()), cleaned(e.getValue()));
            }
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(cleaned(item));
            }
            return out;
        }
        return value;
    }

    private static Alert alert(Map<String, Object> json, List<String> errors) {
        Object payloadValue = json.get("payload");
        if (!(payloadValue instanceof Map<?, ?>)) {
            errors.add(payloadValue == null ? "'payload' is missing" : "'payload' must be an object");
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = (Map<String, Object>) payloadValue;
        int before = errors.size();
        String summary = string(payload, "payload.summary", "summary", errors, true);
        String source = string(payload, "payload.source", "source", errors, true);
        String severityText = string(payload, "payload.severity", "severity", errors, true);
        Severity severity = null;
        if (severityText != null) {
            severity = Severity.parse(severityText).orElse(null);
            if (severity == null) {
                errors.add("'payload.severity' must be critical, error, warning or info, not '" + shorten(severityText) + "'");
            }
        }
        String component = string(payload, "payload.component", "component", errors, false);
        String group = string(payload, "payload.group", "group", errors, false);
        String eventClass = string(payload, "payload.class", "class", errors, false);
        Instant timestamp = timestamp(payload, errors);
        String client = string(json, "client", errors, false);
        String clientUrl = string(json, "client_url", errors, false);
        List<Link> links = links(json.get("links"), errors);
        if (json.get("images") != null && !(json.get("images") instanceof List<?>)) {
            errors.add("'images' must be a list");
        }
        String details = details(payload.get("custom_details"));
        if (errors.size() > before) {
            return null;
        }
        return new Alert(summary, source, severity, component, group, eventClass, details, timestamp, client, clientUrl, links);
    }

    private static Instant timestamp(Map<String, Object> payload, List<String> errors) {
        Object value = payload.get("timestamp");
        if (value == null || "".equals(value)) {
            return null;
        }
        if (value instanceof String s) {
            for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME, OFFSET_WITHOUT_COLON)) {
                try {
                    return OffsetDateTime.parse(s, f).toInstant();
                } catch (DateTimeParseException ignored) {
                    // try the next form
                }
            }
        }
        errors.add("'payload.timestamp' must be an ISO 8601 date and time with an offset, such as 2026-11-28T09:00:00.000+0000");
        return null;
    }

    private static List<Link> links(Object value, List<String> errors) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            errors.add("'links' must be a list of {href, text}");
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> m && m.get("href") instanceof String href && !href.isBlank()
                    && (href.startsWith("https://") || href.startsWith("http://"))
                    && (m.get("text") == null || m.get("text") instanceof String)) {
                if (href.length() <= Link.MAX_HREF && links.size() < Alert.MAX_LINKS) {
                    links.add(new Link(href, (String) m.get("text")));
                }
            } else {
                errors.add("'links[" + i + "]' must have an http(s) 'href' and a text 'text' if any");
            }
        }
        return links;
    }

    private static String string(Map<String, Object> json, String name, List<String> errors, boolean required) {
        return string(json, name, name, errors, required);
    }

    private static String string(Map<String, Object> json, String shown, String name, List<String> errors, boolean required) {
        Object value = json.get(name);
        // blank as the alert will read it: a text of only U+0085 or controls is blank once cleaned
        if (value == null || (value instanceof String s && CleanText.line(s, s.length()).isBlank())) {
            if (required) {
                errors.add("'" + shown + "' is missing");
            }
            return null;
        }
        if (!(value instanceof String s)) {
            errors.add("'" + shown + "' must be a string");
            return null;
        }
        return s;
    }

    private static String shorten(String s) {
        return CleanText.line(s, 40);
    }
}
