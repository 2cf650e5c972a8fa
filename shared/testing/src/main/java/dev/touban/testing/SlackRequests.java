package dev.touban.testing;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.domain.slack.SlackSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs Slack requests the way Slack does. Loads API Gateway events from {@code events/},
 * lets a test change form fields, and stamps a fresh timestamp and signature. An event whose
 * body is base64-encoded (as API Gateway delivers form posts) stays so: the signature covers
 * the decoded body, as Slack signed it.
 */
public final class SlackRequests {
    private final SlackSignature signature;

    public SlackRequests(String signingSecret) {
        this.signature = new SlackSignature(signingSecret);
    }

    /** The event in {@code events/{name}}, signed at {@code now}. */
    public String signedEvent(String name, Instant now) {
        Map<String, Object> event = event(name);
        return sign(event, body(event), now);
    }

    /** The event in {@code events/{name}} with some form fields replaced (null removes one), signed at {@code now}. */
    public String signedEvent(String name, Map<String, String> changes, Instant now) {
        Map<String, Object> event = event(name);
        Map<String, String> form = decodeForm(body(event));
        changes.forEach((k, v) -> {
            if (v == null) {
                form.remove(k);
            } else {
                form.put(k, v);
            }
        });
        return sign(event, encodeForm(form), now);
    }

    /** The event with {@code body} as its raw body, signed at {@code now}. */
    public String signedEventWithBody(String name, String body, Instant now) {
        return sign(event(name), body, now);
    }

    /** Adds or replaces one header of an event (for example X-Slack-Retry-Num). */
    @SuppressWarnings("unchecked")
    public static String withHeader(String eventJson, String name, String value) {
        try {
            Map<String, Object> event = JSON.std.mapFrom(eventJson);
            ((Map<String, Object>) event.get("headers")).put(name.toLowerCase(java.util.Locale.ROOT), value);
            return JSON.std.asString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes one header of an event (for example X-Slack-Signature). */
    @SuppressWarnings("unchecked")
    public static String withoutHeader(String eventJson, String name) {
        try {
            Map<String, Object> event = JSON.std.mapFrom(eventJson);
            ((Map<String, Object>) event.get("headers")).remove(name.toLowerCase(java.util.Locale.ROOT));
            return JSON.std.asString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body of an event as text, decoded from base64 when the event says it is encoded. */
    public static String body(Map<String, Object> event) {
        String body = event.get("body") instanceof String b ? b : "";
        return Boolean.TRUE.equals(event.get("isBase64Encoded"))
                ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8)
                : body;
    }

    @SuppressWarnings("unchecked")
    private String sign(Map<String, Object> event, String body, Instant now) {
        String timestamp = Long.toString(now.getEpochSecond());
        Map<String, Object> headers = new LinkedHashMap<>((Map<String, Object>) event.get("headers"));
        headers.put("x-slack-request-timestamp", timestamp);
        headers.put("x-slack-signature", signature.sign(timestamp, body));
        headers.put("content-length", Integer.toString(body.getBytes(StandardCharsets.UTF_8).length));
        event.put("headers", headers);
        boolean base64 = Boolean.TRUE.equals(event.get("isBase64Encoded"));
        event.put("body", base64 ? Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) : body);
        event.put("isBase64Encoded", base64);
        try {
            return JSON.std.asString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, Object> event(String name) {
        try {
            return JSON.std.mapFrom(RepoFiles.read("events/" + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, String> decodeForm(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            form.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return form;
    }

    public static String encodeForm(Map<String, String> form) {
        StringBuilder out = new StringBuilder();
        form.forEach((k, v) -> {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return out.toString();
    }
}
