package dev.touban.aws.events;

import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentEvents;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * {@code IncidentTriggered}, {@code IncidentAcknowledged} and {@code IncidentResolved} on
 * an EventBridge bus, for integrations (a status page, a ticket, analytics). The detail
 * names the incident, its alert and who acted; never phone numbers.
 */
public final class EventBridgeIncidentEvents implements IncidentEvents {
    private final EventBridgePublisher publisher;

    public EventBridgeIncidentEvents(EventBridgeClient events, String bus, String source) {
        this.publisher = new EventBridgePublisher(events, bus, source);
    }

    @Override
    public void publish(Kind kind, Incident incident, Actor actor, Instant at) {
        publisher.put(kind.detailType(), detail(incident, actor, at), at);
    }

    static Map<String, Object> detail(Incident i, Actor actor, Instant at) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("incident", i.number());
        detail.put("status", i.status().name().toLowerCase(java.util.Locale.ROOT));
        detail.put("summary", i.alert().summary());
        detail.put("severity", i.alert().severity().label());
        detail.put("source", i.alert().source());
        if (i.serviceId() != null) {
            detail.put("service", i.serviceId());
        }
        detail.put("team", i.teamId());
        detail.put("escalationPolicy", i.policyId());
        detail.put("dedupKey", i.dedupKey());
        detail.put("triggeredAt", i.triggeredAt().toString());
        if (actor != null) {
            Map<String, Object> by = new LinkedHashMap<>();
            if (actor.memberId() != null) {
                by.put("member", actor.memberId());
            }
            by.put("name", actor.name());
            by.put("via", actor.via());
            detail.put("by", by);
        }
        detail.put("at", at.toString());
        return detail;
    }
}
