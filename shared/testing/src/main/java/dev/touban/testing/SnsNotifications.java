package dev.touban.testing;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The topic notifications moto recorded (its {@code /moto-api/data.json}), since SNS itself offers no way to read them back. */
public final class SnsNotifications {
    private SnsNotifications() {}

    /** Each notification as {topicArn, messageId, subject, message, attributes}, in the order moto recorded them per topic. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> from(String motoDataJson) {
        List<Map<String, Object>> out = new ArrayList<>();
        try {
            Map<String, Object> data = JSON.std.mapFrom(motoDataJson);
            Map<String, Object> sns = (Map<String, Object>) data.getOrDefault("sns", Map.of());
            for (Object t : (List<Object>) sns.getOrDefault("Topic", List.of())) {
                Map<String, Object> topic = (Map<String, Object>) t;
                for (Object n : (List<Object>) topic.getOrDefault("sent_notifications", List.of())) {
                    List<Object> fields = (List<Object>) n;
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("topicArn", topic.get("arn"));
                    entry.put("messageId", fields.get(0));
                    entry.put("subject", fields.get(2));
                    entry.put("message", fields.get(1));
                    entry.put("attributes", fields.size() > 3 && fields.get(3) != null ? fields.get(3) : Map.of());
                    out.add(entry);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
