package dev.touban.intake;

import dev.touban.aws.http.Json;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.Link;
import dev.touban.domain.incident.Severity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a PagerDuty Events API v2 event and checks it as PagerDuty does: every problem is
 * collected into one list of errors, nothing is half-accepted. Unknown fields (Alertmanager's
 * {@code client}, {@code images}, anything a tool adds) are accepted and ignored.
 */
public final class EventsApiV2 {
    public static final int MAX_BODY_BYTES = 512_000;
    public static final int MAX_DEDUP_KEY = 255;
    public static final int MAX_FIELD = 1024;
    public static final int MAX_CUSTOM_DETAILS = 64 * 1024;
    private static final DateTimeFormatter OFFSET_WITHOUT_COLON = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss[.SSS][.SS][.S]Z");

    private EventsApiV2() {}

    public enum Action {
        TRIGGER,
        ACKNOWLEDGE,
        RESOLVE
    }

    /** A valid event; {@code alert} is null for acknowledge and resolve, {@code dedupKey} is generated for a trigger without one. */
    public record Event(String routingKey, Action action, String dedupKey, boolean dedupKeyGiven, Alert alert) {}

    public sealed interface Parsed {
        record Valid(Event event) implements Parsed {}

        record Invalid(List<String> errors) implements Parsed {}
    }

    public static Parsed parse(String body) {
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            return invalid("The event is larger than " + MAX_BODY_BYTES + " bytes");
        }
        Map<String, Object> json;
        try {
            Object value = Json.parse(body);
            if (!(value instanceof Map<?, ?>)) {
                return invalid("The body must be a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) value;
            json = map;
        } catch (Json.JsonException e) {
            return invalid("The body is not valid JSON");
        }
        List<String> errors = new ArrayList<>();
        String routingKey = string(json, "routing_key", errors, true, 64);
        String actionText = string(json, "event_action", errors, true, 32);
        Action action = null;
        if (actionText != null) {
            try {
                action = Action.valueOf(actionText.toUpperCase(Locale.ROOT));
                if (!actionText.equals(actionText.toLowerCase(Locale.ROOT))) {
                    action = null;
                }
            } catch (IllegalArgumentException e) {
                action = null;
            }
            if (action == null) {
                errors.add("'event_action' must be trigger, acknowledge or resolve, not '" + shorten(actionText) + "'");
            }
        }
        String dedupKey = string(json, "dedup_key", errors, action == Action.ACKNOWLEDGE || action == Action.RESOLVE, MAX_DEDUP_KEY);
        Alert alert = null;
        if (action == Action.TRIGGER) {
            alert = alert(json, errors);
        }
        if (!errors.isEmpty()) {
            return new Parsed.Invalid(errors);
        }
        boolean given = dedupKey != null;
        if (!given) {
            dedupKey = UUID.randomUUID().toString().replace("-", "");
        }
        return new Parsed.Valid(new Event(routingKey, action, dedupKey, given, alert));
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
        String summary = string(payload, "payload.summary", "summary", errors, true, Alert.MAX_SUMMARY);
        String source = string(payload, "payload.source", "source", errors, true, MAX_FIELD);
        String severityText = string(payload, "payload.severity", "severity", errors, true, 32);
        Severity severity = null;
        if (severityText != null) {
            severity = Severity.parse(severityText).orElse(null);
            if (severity == null) {
                errors.add("'payload.severity' must be critical, error, warning or info, not '" + shorten(severityText) + "'");
            }
        }
        String component = string(payload, "payload.component", "component", errors, false, MAX_FIELD);
        String group = string(payload, "payload.group", "group", errors, false, MAX_FIELD);
        String eventClass = string(payload, "payload.class", "class", errors, false, MAX_FIELD);
        Instant timestamp = timestamp(payload, errors);
        String client = string(json, "client", errors, false, MAX_FIELD);
        String clientUrl = string(json, "client_url", errors, false, MAX_FIELD);
        List<Link> links = links(json.get("links"), errors);
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
                    && (href.startsWith("https://") || href.startsWith("http://"))) {
                Object text = m.get("text");
                links.add(new Link(href, text == null ? null : String.valueOf(text)));
            } else {
                errors.add("'links[" + i + "]' must have an http(s) 'href'");
            }
        }
        return links;
    }

    /** custom_details may be any JSON; kept as text, cut down when it would not fit an item. */
    private static String details(Object value) {
        if (value == null) {
            return null;
        }
        try {
            String text = Json.write(value);
            if (text.getBytes(StandardCharsets.UTF_8).length <= MAX_CUSTOM_DETAILS) {
                return text;
            }
            return Json.write(Map.of("truncated", "custom_details was " + text.length() + " characters; Touban keeps up to "
                    + MAX_CUSTOM_DETAILS + " bytes"));
        } catch (Json.JsonException e) {
            return null;
        }
    }

    private static String string(Map<String, Object> json, String name, List<String> errors, boolean required, int max) {
        return string(json, name, name, errors, required, max);
    }

    private static String string(Map<String, Object> json, String shown, String name, List<String> errors, boolean required, int max) {
        Object value = json.get(name);
        if (value == null || (value instanceof String s && s.isBlank())) {
            if (required) {
                errors.add("'" + shown + "' is missing");
            }
            return null;
        }
        if (!(value instanceof String s)) {
            errors.add("'" + shown + "' must be a string");
            return null;
        }
        if (s.length() > max) {
            errors.add("'" + shown + "' is " + s.length() + " characters long; the limit is " + max);
            return null;
        }
        return s;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private static Parsed invalid(String error) {
        return new Parsed.Invalid(List.of(error));
    }
}
