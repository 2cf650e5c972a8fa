package dev.touban.aws.dynamo;

import dev.touban.aws.http.Json;
import dev.touban.domain.escalation.EscalationPlanner;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.Link;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import dev.touban.domain.incident.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Incidents and timeline entries as items of the single table, and back. */
final class IncidentItems {
    static final String STATUS = "status";
    static final String VERSION = "version";
    static final String NEXT_STEP = "nextStep";
    static final String NEXT_STEP_AT = "nextStepAt";
    static final String REPEATS = "repeats";

    private IncidentItems() {}

    static Map<String, AttributeValue> newIncident(long number, NewIncident n, Instant now) {
        Alert a = n.alert();
        Map<String, AttributeValue> item = new HashMap<>(Item.of(TableKeys.incident(number))
                .with(TableKeys.openIncidentIndex(number))
                // the sweep looks at a new incident if its first step has not run a minute after it was due
                .with(TableKeys.dueIndex(now.plus(EscalationPlanner.OVERDUE_AFTER), number, null))
                .s("type", "INCIDENT")
                .n("number", number)
                .s("scope", n.scope())
                .s("dedupKey", n.dedupKey())
                .s("serviceId", n.serviceId())
                .s("teamId", n.teamId())
                .s("policyId", n.policyId())
                .s("summary", a.summary())
                .s("source", a.source())
                .s("severity", a.severity().label())
                .s("component", a.component())
                .s("group", a.group())
                .s("eventClass", a.eventClass())
                .s("customDetails", a.customDetails())
                .s("client", a.client())
                .s("clientUrl", a.clientUrl())
                .s(STATUS, IncidentStatus.TRIGGERED.name())
                .n(VERSION, 1)
                .n(NEXT_STEP, 0)
                .instant(NEXT_STEP_AT, now)
                .instant("triggeredAt", now)
                .n(REPEATS, 0)
                .build());
        if (a.timestamp() != null) {
            item.put("alertTimestamp", AttributeValue.fromS(TableKeys.sortable(a.timestamp())));
        }
        if (!a.links().isEmpty()) {
            item.put("links", AttributeValue.fromS(json(a.links().stream().map(l -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("href", l.href());
                m.put("text", l.text());
                return m;
            }).toList())));
        }
        return item;
    }

    static Incident incident(Map<String, AttributeValue> item) {
        Alert alert = new Alert(
                Item.s(item, "summary"),
                Item.s(item, "source"),
                Severity.parse(Item.s(item, "severity")).orElse(Severity.ERROR),
                Item.s(item, "component"),
                Item.s(item, "group"),
                Item.s(item, "eventClass"),
                Item.s(item, "customDetails"),
                instantOrNull(item, "alertTimestamp"),
                Item.s(item, "client"),
                Item.s(item, "clientUrl"),
                links(Item.s(item, "links")));
        return new Incident(
                Item.n(item, "number"),
                Item.s(item, "scope"),
                Item.s(item, "dedupKey"),
                Item.s(item, "serviceId"),
                Item.s(item, "teamId"),
                Item.s(item, "policyId"),
                alert,
                IncidentStatus.valueOf(Item.s(item, STATUS)),
                Item.n(item, VERSION),
                (int) Item.n(item, NEXT_STEP),
                instantOrNull(item, NEXT_STEP_AT),
                Item.instant(item, "triggeredAt"),
                actor(item, "ack"),
                instantOrNull(item, "ackAt"),
                actor(item, "res"),
                instantOrNull(item, "resAt"),
                Item.n(item, REPEATS));
    }

    /** Attribute values that set who did something ({@code prefix} ack or res) and when. */
    static Map<String, AttributeValue> actorValues(String prefix, Actor who, Instant at) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":" + prefix + "Name", AttributeValue.fromS(who.name()));
        values.put(":" + prefix + "Via", AttributeValue.fromS(who.via()));
        values.put(":" + prefix + "Id", who.memberId() == null ? AttributeValue.fromNul(true) : AttributeValue.fromS(who.memberId()));
        values.put(":" + prefix + "At", AttributeValue.fromS(TableKeys.sortable(at)));
        return values;
    }

    static String actorAssignments(String prefix) {
        return prefix + "Name = :" + prefix + "Name, " + prefix + "Via = :" + prefix + "Via, "
                + prefix + "Id = :" + prefix + "Id, " + prefix + "At = :" + prefix + "At";
    }

    static Map<String, AttributeValue> timelineItem(long number, TimelineEntry e, long seq) {
        return Item.of(TableKeys.timelineEntry(number, e.at(), seq))
                .s("type", "TIMELINE")
                .instant("at", e.at())
                .s("kind", e.kind().name())
                .s("actor", e.actor())
                .s("channel", e.channel())
                .s("target", e.target())
                .s("detail", e.detail())
                .build();
    }

    static TimelineEntry timelineEntry(Map<String, AttributeValue> item) {
        return new TimelineEntry(Item.instant(item, "at"), TimelineEntry.Kind.valueOf(Item.s(item, "kind")),
                Item.s(item, "actor"), Item.s(item, "channel"), Item.s(item, "target"), Item.s(item, "detail"));
    }

    private static Actor actor(Map<String, AttributeValue> item, String prefix) {
        String name = Item.s(item, prefix + "Name");
        return name == null ? null : new Actor(Item.s(item, prefix + "Id"), name, Item.s(item, prefix + "Via"));
    }

    private static Instant instantOrNull(Map<String, AttributeValue> item, String name) {
        String s = Item.s(item, name);
        return s == null ? null : Instant.parse(s);
    }

    private static List<Link> links(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            List<Link> links = new ArrayList<>();
            if (!(Json.parse(json) instanceof List<?> stored)) {
                return List.of();
            }
            for (Object o : stored) {
                if (o instanceof Map<?, ?> m) {
                    links.add(new Link(String.valueOf(m.get("href")), m.get("text") == null ? null : String.valueOf(m.get("text"))));
                }
            }
            return links;
        } catch (Json.JsonException e) {
            return List.of();
        }
    }

    private static String json(Object value) {
        return Json.write(value);
    }
}
