package dev.touban.testing;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What moto server recorded of the messages it "sent", read from {@code GET /moto-api/data.json}:
 * SMS (SNS Publish to a phone number), topic publishes, and SQS messages (where an
 * EventBridge rule delivered events). Also creates SQS queues without an SQS SDK module.
 */
public final class MotoRecords {
    private final URI endpoint;

    public MotoRecords(URI endpoint) {
        this.endpoint = endpoint;
    }

    public record Sms(String messageId, String phoneNumber, String message) {}

    public record TopicMessage(String topicArn, String messageId, String subject, String message) {}

    public List<Sms> sms() {
        List<Sms> out = new ArrayList<>();
        for (Map<String, Object> m : list(service("sns").get("SMS"))) {
            out.add(new Sms(String.valueOf(m.get("message_id")), String.valueOf(m.get("phone_number")), String.valueOf(m.get("message"))));
        }
        return out;
    }

    public List<TopicMessage> topicMessages() {
        List<TopicMessage> out = new ArrayList<>();
        for (Map<String, Object> topic : list(service("sns").get("Topic"))) {
            if (topic.get("sent_notifications") instanceof List<?> sent) {
                for (Object n : sent) {
                    if (n instanceof List<?> fields && fields.size() >= 3) {
                        out.add(new TopicMessage(String.valueOf(topic.get("arn")), String.valueOf(fields.get(0)),
                                fields.get(2) == null ? null : String.valueOf(fields.get(2)), String.valueOf(fields.get(1))));
                    }
                }
            }
        }
        return out;
    }

    /** Bodies of every message in every SQS queue, oldest first. */
    public List<String> sqsBodies() {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> m : list(service("sqs").get("Message"))) {
            out.add(String.valueOf(m.get("body")));
        }
        return out;
    }

    /** Creates an SQS queue through moto's query API and returns its ARN. */
    public String createQueue(String name, String region) {
        String body = "Action=CreateQueue&Version=2012-11-05&QueueName=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        call("POST", "/", body, "AWS4-HMAC-SHA256 Credential=test/20260101/" + region + "/sqs/aws4_request, SignedHeaders=host, Signature=0");
        return "arn:aws:sqs:" + region + ":123456789012:" + name;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> service(String name) {
        try {
            Map<String, Object> data = JSON.std.mapFrom(call("GET", "/moto-api/data.json", null, null));
            Object service = data.get(name);
            return service instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    private String call(String method, String path, String body, String authorization) {
        try {
            HttpURLConnection c = (HttpURLConnection) endpoint.resolve(path).toURL().openConnection();
            c.setRequestMethod(method);
            c.setConnectTimeout(2000);
            c.setReadTimeout(10000);
            if (authorization != null) {
                c.setRequestProperty("Authorization", authorization);
            }
            if (body != null) {
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
                c.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            }
            int status = c.getResponseCode();
            String text = new String((status < 400 ? c.getInputStream() : c.getErrorStream()).readAllBytes(), StandardCharsets.UTF_8);
            if (status >= 400) {
                throw new IllegalStateException(method + " " + path + " answered " + status + ": " + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
