package dev.touban.local;

import dev.touban.testing.AwsExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes each SNS publish the emulator accepted into the outbox as it happens: a text message
 * ({@code sms}: to, text) or a topic publish ({@code sns:publish}: topicArn, messageId, subject,
 * message, attributes), read off the calls the fault proxy forwarded. Reading moto's record of
 * everything it holds ({@code /moto-api/data.json}) instead costs a dump of every item the
 * table ever held, and grew to seconds a read after a few hundred incidents.
 */
final class SnsOutbox implements Consumer<AwsExchange> {
    private static final Pattern MESSAGE_ID = Pattern.compile("<MessageId>([^<]*)</MessageId>");
    private static final Pattern ATTRIBUTE = Pattern.compile("MessageAttributes\\.entry\\.([0-9]+)\\.(Name|Value\\.DataType|Value\\.StringValue)");

    private final Outbox outbox;
    private final Clock clock;

    SnsOutbox(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void accept(AwsExchange exchange) {
        if (exchange.status() != 200 || !exchange.requestText().contains("Action=Publish")) {
            return;
        }
        Map<String, String> form = form(exchange.requestText());
        if (!"Publish".equals(form.get("Action"))) {
            return;
        }
        Map<String, Object> message = new LinkedHashMap<>();
        if (form.containsKey("PhoneNumber")) {
            message.put("to", form.get("PhoneNumber"));
            message.put("text", form.get("Message"));
            outbox.add("sms", clock.instant(), message);
            return;
        }
        Matcher id = MESSAGE_ID.matcher(exchange.responseText());
        message.put("topicArn", form.getOrDefault("TopicArn", form.get("TargetArn")));
        message.put("messageId", id.find() ? id.group(1) : null);
        message.put("subject", form.get("Subject"));
        message.put("message", form.get("Message"));
        message.put("attributes", attributes(form));
        outbox.add("sns:publish", clock.instant(), message);
    }

    /** The message attributes as SNS forwards them: name to {Type, Value}. */
    private static Map<String, Object> attributes(Map<String, String> form) {
        Map<String, Map<String, String>> entries = new TreeMap<>();
        form.forEach((key, value) -> {
            Matcher m = ATTRIBUTE.matcher(key);
            if (m.matches()) {
                entries.computeIfAbsent(m.group(1), n -> new LinkedHashMap<>()).put(m.group(2), value);
            }
        });
        Map<String, Object> out = new LinkedHashMap<>();
        entries.values().forEach(e -> out.put(e.get("Name"), Map.of("Type", String.valueOf(e.get("Value.DataType")),
                "Value", String.valueOf(e.get("Value.StringValue")))));
        return out;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            out.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
