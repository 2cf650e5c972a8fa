package dev.touban.testing;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A local HTTP server standing in for the SaaS APIs pages go through: Slack's Web API
 * (under {@link #slackBase()}), Slack response URLs (under {@link #responseUrl(String)}),
 * and the End User Messaging SMS and Voice v2 JSON API (at {@link #voiceEndpoint()}: text
 * messages and voice calls).
 * It records every request and answers as those services do; a test can make a service fail.
 */
public final class ApiRecorder implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Map<String, int[]> rateLimits = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,18}");

    /** One request: the Slack method or voice operation, its JSON body, and the HTTP status it was answered. */
    public record Call(String api, String operation, Map<String, Object> body, String authorization, int status) {}

    /** One text message sent with SendTextMessage: to whom, what, and from which origination identity. */
    public record Sms(String phoneNumber, String message, String originationIdentity) {}

    private ApiRecorder() {}

    public static ApiRecorder start() {
        ApiRecorder recorder = new ApiRecorder();
        recorder.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return recorder.answer(request);
            }
        });
        try {
            recorder.server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return recorder;
    }

    public URI slackBase() {
        return server.url("/slack/api/").uri();
    }

    /** Where {@link #responseUrl(String)} points: what a handler under test must be told to answer to. */
    public URI responseEndpoint() {
        return server.url("/slack/response").uri();
    }

    public String responseUrl(String name) {
        return server.url("/slack/response/" + name).toString();
    }

    public URI voiceEndpoint() {
        return server.url("/").uri();
    }

    /** Makes every later call of {@code operation} (a Slack method such as chat.postMessage, or SendVoiceMessage) answer HTTP {@code status}. */
    public void fail(String operation, int status) {
        failures.put(operation, status);
    }

    /** Makes {@code operation} answer normally again. */
    public void heal(String operation) {
        failures.remove(operation);
    }

    /** The next {@code times} calls of a Slack method answer 429 with {@code Retry-After: retryAfterSeconds}, as Slack rate-limits. */
    public void rateLimit(String operation, int times, int retryAfterSeconds) {
        rateLimits.put(operation, new int[] {times, retryAfterSeconds});
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String operation) {
        return calls.stream().filter(c -> c.operation().equals(operation)).toList();
    }

    /** Every text message sent (accepted), in order. */
    public List<Sms> sms() {
        List<Sms> out = new ArrayList<>();
        for (Call c : calls("SendTextMessage")) {
            if (c.status() == 200) {
                out.add(new Sms((String) c.body().get("DestinationPhoneNumber"), (String) c.body().get("MessageBody"),
                        (String) c.body().get("OriginationIdentity")));
            }
        }
        return out;
    }

    public void clear() {
        calls.clear();
    }

    @Override
    public void close() {
        server.close();
    }

    private MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        String target = request.getHeaders().get("X-Amz-Target");
        String api;
        String operation;
        if (target != null) {
            api = "voice";
            operation = target.substring(target.indexOf('.') + 1);
        } else if (path.startsWith("/slack/api/")) {
            api = "slack";
            operation = path.substring("/slack/api/".length());
        } else {
            api = "slack";
            operation = "response_url";
        }
        String text = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            if (text.startsWith("{")) {
                body.putAll(JSON.std.mapFrom(text));
            }
        } catch (IOException e) {
            body.put("raw", text);
        }
        int[] limit = rateLimits.get(operation);
        if (limit != null && limit[0] > 0) {
            limit[0]--;
            calls.add(new Call(api, operation, body, request.getHeaders().get("Authorization"), 429));
            return new MockResponse.Builder().code(429).addHeader("Retry-After", Integer.toString(limit[1]))
                    .addHeader("Content-Type", "application/json; charset=utf-8").body("{\"ok\":false,\"error\":\"ratelimited\"}").build();
        }
        Integer status = failures.get(operation);
        if (status == null && api.equals("voice") && body.get("DestinationPhoneNumber") instanceof String to && !E164.matcher(to).matches()) {
            // as End User Messaging answers a destination that is not E.164, echoing it
            calls.add(new Call(api, operation, body, request.getHeaders().get("Authorization"), 400));
            return json(api, 400, Map.of("__type", "ValidationException", "Message", "1 validation error detected: Value '" + to
                    + "' at 'destinationPhoneNumber' failed to satisfy constraint: Member must satisfy regular expression pattern: ^\\+[1-9][0-9]{1,18}$"));
        }
        calls.add(new Call(api, operation, body, request.getHeaders().get("Authorization"), status == null ? 200 : status));
        if (status != null) {
            return json(api, status, api.equals("voice")
                    ? Map.of("__type", status == 400 ? "ValidationException" : "InternalServerException",
                            "Message", status == 400 ? "the destination was refused" : "the voice service failed")
                    : Map.of("ok", false, "error", "internal_error"));
        }
        return switch (api) {
            case "voice" -> json(api, 200, Map.of("MessageId", "voice-" + sequence.incrementAndGet()));
            default -> slackAnswer(operation, body);
        };
    }

    private MockResponse slackAnswer(String method, Map<String, Object> body) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ok", true);
        switch (method) {
            case "conversations.open" -> answer.put("channel", Map.of("id", "D" + body.get("users")));
            case "chat.postMessage", "chat.update" -> {
                answer.put("channel", body.get("channel"));
                answer.put("ts", body.containsKey("ts") ? body.get("ts") : "1764320400." + String.format("%06d", sequence.incrementAndGet()));
            }
            case "response_url" -> {
                return new MockResponse.Builder().code(200).body("ok").build();
            }
            default -> { }
        }
        return json("slack", 200, answer);
    }

    private static MockResponse json(String api, int status, Map<String, Object> body) {
        try {
            return new MockResponse.Builder().code(status)
                    .addHeader("Content-Type", api.equals("voice") ? "application/x-amz-json-1.0" : "application/json; charset=utf-8")
                    .body(JSON.std.asString(body)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Texts of every Slack message posted or updated, in order. */
    public List<String> slackTexts() {
        List<String> out = new ArrayList<>();
        for (Call c : calls) {
            if (c.api().equals("slack") && (c.operation().equals("chat.postMessage") || c.operation().equals("chat.update"))) {
                out.add(String.valueOf(c.body().get("text")));
            }
        }
        return out;
    }
}
