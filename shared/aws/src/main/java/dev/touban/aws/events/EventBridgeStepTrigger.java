package dev.touban.aws.events;

import dev.touban.domain.escalation.StepTrigger;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * Asks for an escalation step at once with an {@code EscalationStepDue} event; a rule on
 * the bus invokes the escalation-step function asynchronously (with retries and a
 * dead-letter queue), so the caller's request never waits for pages to go out.
 */
public final class EventBridgeStepTrigger implements StepTrigger {
    public static final String DETAIL_TYPE = "EscalationStepDue";

    private final EventBridgePublisher publisher;
    private final Clock clock;

    public EventBridgeStepTrigger(EventBridgeClient events, String bus, String source, Clock clock) {
        this.publisher = new EventBridgePublisher(events, bus, source);
        this.clock = clock;
    }

    @Override
    public void runNow(long incident, int step) {
        publisher.put(DETAIL_TYPE, Map.of("incident", incident, "step", step), clock.instant());
    }
}
