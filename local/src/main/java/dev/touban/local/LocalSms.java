package dev.touban.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code POST /local/sms {"from":"+819023456789","body":"ACK 1 7Q3F"}}: a text-message reply to
 * the local two-way number, as End User Messaging delivers it through the inbound-SMS topic,
 * handed to the alert intake.
 */
final class LocalSms {
    static final String TWO_WAY_NUMBER = "+15555550100";
    static final String TOPIC_ARN = "arn:aws:sns:us-east-1:123456789012:touban-inbound-sms";

    private final RequestStreamHandler intake;
    private final Clock clock;

    LocalSms(RequestStreamHandler intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    void handle(HttpExchange exchange) throws IOException {
        Map<String, Object> sms;
        try {
            sms = JSON.std.mapFrom(exchange.getRequestBody());
        } catch (IOException e) {
            sms = Map.of();
        }
        if (!(sms.get("from") instanceof String from) || !(sms.get("body") instanceof String body)) {
            LambdaHttpBridge.send(exchange, 400, Map.of("content-type", "text/plain"), "POST {\"from\":\"+819023456789\",\"body\":\"ACK 1 7Q3F\"}");
            return;
        }
        String message = JSON.std.asString(Map.of("originationNumber", from, "destinationNumber", TWO_WAY_NUMBER,
                "messageKeyword", "KEYWORD_123456789012", "messageBody", body, "inboundMessageId", UUID.randomUUID().toString()));
        Map<String, Object> event = Map.of("Records", List.of(Map.of("EventSource", "aws:sns", "EventVersion", "1.0",
                "Sns", Map.of("Type", "Notification", "MessageId", UUID.randomUUID().toString(),
                        "TopicArn", TOPIC_ARN, "Message", message,
                        "Timestamp", clock.instant().toString()))));
        LocalSteps.invoke(intake, event);
        LambdaHttpBridge.send(exchange, 202, Map.of("content-type", "text/plain"), "delivered");
    }
}
