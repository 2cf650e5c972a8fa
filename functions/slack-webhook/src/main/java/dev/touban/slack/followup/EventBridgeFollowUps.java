package dev.touban.slack.followup;

import dev.touban.aws.http.Json;
import dev.touban.aws.notify.EventBus;
import java.util.List;
import java.util.function.Supplier;

/**
 * Hands follow-ups to the follow-up function: one {@code SlackFollowUp} event on Touban's own
 * bus per request, a single PutEvents call on the request path. A rule in template.yaml
 * invokes {@link SlackFollowUpHandler} with it asynchronously, with retries and a dead-letter queue.
 */
public final class EventBridgeFollowUps implements FollowUps {
    private final Supplier<EventBus> bus;

    public EventBridgeFollowUps(Supplier<EventBus> bus) {
        this.bus = bus;
    }

    @Override
    public void send(List<FollowUp> followUps) {
        if (!followUps.isEmpty()) {
            bus.get().put(FollowUpEvents.DETAIL_TYPE, Json.write(FollowUpEvents.detail(followUps)));
        }
    }
}
