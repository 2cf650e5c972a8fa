package dev.touban.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.domain.escalation.StepTrigger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Plays the EventBridge rule that sends {@code EscalationStepDue} to the escalation-step
 * function: the same event shape, delivered to the real handler in-process and at once,
 * so a trigger sent to the local runner has paged tier 1 by the time it is answered.
 */
final class LocalSteps implements StepTrigger {
    static final int ASYNC_RETRIES = 2;

    private final Clock clock;
    private volatile RequestStreamHandler stepHandler;

    LocalSteps(Clock clock) {
        this.clock = clock;
    }

    /** The handler exists only after the runtime that holds this trigger; they are joined here. */
    void deliverTo(RequestStreamHandler stepHandler) {
        this.stepHandler = stepHandler;
    }

    @Override
    public void runNow(long incident, int step) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", "EscalationStepDue");
        event.put("source", "touban");
        event.put("account", "123456789012");
        event.put("time", clock.instant().toString());
        event.put("region", "us-east-1");
        event.put("resources", List.of());
        event.put("detail", Map.of("incident", incident, "step", step));
        invoke(stepHandler, event);
    }

    /**
     * Invokes as Lambda's asynchronous invocation does: a failed run is retried twice (template.yaml's
     * {@code MaximumRetryAttempts: 2}; on AWS a minute or two later, here at once), then shown and
     * dropped where AWS would dead-letter it, and the request goes on.
     */
    static void invoke(RequestStreamHandler handler, Object input) {
        for (int attempt = 0; attempt <= ASYNC_RETRIES; attempt++) {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                handler.handleRequest(new ByteArrayInputStream(input instanceof String s ? s.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        : JSON.std.asBytes(input)), out, null);
                System.out.println("escalation step: " + out.toString(java.nio.charset.StandardCharsets.UTF_8));
                return;
            } catch (IOException | RuntimeException e) {
                System.err.println("escalation step failed" + (attempt < ASYNC_RETRIES ? " (retrying)" : " (dropped)") + ": " + e);
            }
        }
    }
}
