package dev.touban.slack;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.testing.Emulated;
import dev.touban.testing.MutableClock;
import dev.touban.testing.SlackRequests;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The Slack webhook as Lambda runs it: the handler wired from its environment against moto,
 * the example roster, a clock the test moves, and events from {@code events/} signed as Slack would.
 */
final class WebhookHarness {
    static final String SECRET = "test-signing-secret";
    /** Saturday 2026-11-28 18:00 in Tokyo: when the sample events were sent. */
    static final Instant SATURDAY_18_TOKYO = Instant.parse("2026-11-28T09:00:00Z");

    final MutableClock clock = new MutableClock(SATURDAY_18_TOKYO);
    final SlackRequests slack = new SlackRequests(SECRET);
    private final SlackWebhookHandler handler;
    private final Emulated aws;

    WebhookHarness(Emulated aws) {
        this.aws = aws;
        this.handler = new SlackWebhookHandler(environment(aws), clock);
    }

    static Map<String, String> environment(Emulated aws) {
        return Map.of(
                "TOUBAN_AWS_ENDPOINT", aws.endpoint().toString(),
                "AWS_REGION", aws.region().id(),
                "TABLE_NAME", aws.tableName(),
                "SLACK_SIGNING_SECRET", SECRET,
                "TOUBAN_CONFIG", "oncall.example.yaml");
    }

    /** Sends {@code events/{name}} signed now. */
    Answer send(String name) {
        return invoke(slack.signedEvent(name, clock.instant()));
    }

    /** Sends {@code events/{name}} with some form fields changed (a null value removes the field), signed now. */
    Answer send(String name, Map<String, String> changes) {
        return invoke(slack.signedEvent(name, changes, clock.instant()));
    }

    /** Sends {@code events/{name}} with this raw body, signed now. */
    Answer sendBody(String name, String body) {
        return invoke(slack.signedEventWithBody(name, body, clock.instant()));
    }

    Answer invoke(String eventJson) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)), out, null);
            return Answer.of(JSON.std.mapFrom(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every item in the table, to prove what a request wrote or did not write. */
    List<Map<String, AttributeValue>> items() {
        try (DynamoDbClient dynamo = aws.dynamo()) {
            return dynamo.scan(r -> r.tableName(aws.tableName()).consistentRead(true)).items();
        }
    }

    List<Map<String, AttributeValue>> items(String type) {
        return items().stream().filter(i -> i.get("type").s().equals(type)).toList();
    }

    /** Changes an event's JSON (method, path, headers) without re-signing it. */
    static String edit(String eventJson, Consumer<Map<String, Object>> change) {
        try {
            Map<String, Object> event = JSON.std.mapFrom(eventJson);
            change.accept(event);
            return JSON.std.asString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static String withMethod(String eventJson, String method) {
        return edit(eventJson, e -> {
            Map<String, Object> ctx = new HashMap<>((Map<String, Object>) e.get("requestContext"));
            Map<String, Object> http = new HashMap<>((Map<String, Object>) ctx.get("http"));
            http.put("method", method);
            ctx.put("http", http);
            e.put("requestContext", ctx);
        });
    }

    static String withPath(String eventJson, String path) {
        return edit(eventJson, e -> e.put("rawPath", path));
    }

    /** What the handler answered: the proxy result, and for Slack replies the message. */
    record Answer(int status, Map<String, String> headers, String body) {

        @SuppressWarnings("unchecked")
        static Answer of(Map<String, Object> result) {
            return new Answer(((Number) result.get("statusCode")).intValue(), (Map<String, String>) result.get("headers"),
                    String.valueOf(result.get("body")));
        }

        /** The Slack message text of a 200 reply. */
        String text() {
            return (String) message().get("text");
        }

        boolean ephemeral() {
            return "ephemeral".equals(message().get("response_type"));
        }

        private Map<String, Object> message() {
            if (status != 200) {
                throw new AssertionError("expected a Slack reply but got HTTP " + status + ": " + body);
            }
            try {
                return JSON.std.mapFrom(body);
            } catch (IOException e) {
                throw new AssertionError("not a Slack reply: " + body, e);
            }
        }
    }
}
