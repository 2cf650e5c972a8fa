package dev.touban.local;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stands in for AWS End User Messaging SMS and Voice v2 locally (the emulator has no such
 * service): takes the SDK's JSON-protocol requests, records each call in the outbox (a text
 * message as {@code sms}, to, text and from; a call as {@code voice:SendVoiceMessage}) and
 * answers with a message id.
 */
final class VoiceApiRecorder {
    static final String PATH = "/voice-api";

    private final Outbox outbox;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    VoiceApiRecorder(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    void api(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        String operation = target == null ? "unknown" : target.substring(target.indexOf('.') + 1);
        String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, Object> request = new LinkedHashMap<>();
        if (text.startsWith("{")) {
            request.putAll(JSON.std.mapFrom(text));
        }
        if (operation.equals("SendTextMessage")) {
            Map<String, Object> sms = new LinkedHashMap<>();
            sms.put("to", request.get("DestinationPhoneNumber"));
            sms.put("text", request.get("MessageBody"));
            sms.put("from", request.get("OriginationIdentity"));
            outbox.add("sms", clock.instant(), sms);
        } else {
            outbox.add("voice:" + operation, clock.instant(), request);
        }
        LambdaHttpBridge.send(exchange, 200, Map.of("content-type", "application/x-amz-json-1.0"),
                JSON.std.asString(Map.of("MessageId", "local-voice-" + sequence.incrementAndGet())));
    }
}
