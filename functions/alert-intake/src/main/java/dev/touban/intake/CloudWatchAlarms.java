package dev.touban.intake;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Service;
import dev.touban.domain.escalation.EscalationPolicy;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.DedupKeys;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.incident.Link;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * CloudWatch alarm state changes delivered through SNS: ALARM opens (or repeats) an
 * incident on the service whose alarm prefix matches, OK resolves it, INSUFFICIENT_DATA
 * is ignored. The alarm's ARN is the dedup key, so each alarm is one incident at a time.
 * An alarm no service claims is an error: the delivery fails into the dead-letter queue,
 * whose alarm makes it seen.
 */
public final class CloudWatchAlarms {
    private static final DateTimeFormatter STATE_CHANGE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSZ");

    private final OncallConfig config;
    private final IncidentDesk desk;

    public CloudWatchAlarms(OncallConfig config, IncidentDesk desk) {
        this.config = config;
        this.desk = desk;
    }

    public static boolean isAlarm(Map<String, Object> message) {
        return message.get("AlarmName") instanceof String && message.get("NewStateValue") instanceof String;
    }

    /** Unrouted alarms and malformed messages throw: an alarm must not vanish quietly. */
    public String handle(Map<String, Object> alarm, Instant now) {
        String name = (String) alarm.get("AlarmName");
        String state = (String) alarm.get("NewStateValue");
        Service service = config.serviceForAlarm(name).orElseThrow(() -> new IllegalStateException(
                "CloudWatch alarm '" + name + "' matches no service's cloudwatchAlarms prefix in oncall.yaml"));
        EscalationPolicy policy = config.policy(service.policyId()).orElseThrow();
        String dedupKey = dedupKey(alarm);
        switch (state) {
            case "ALARM" -> {
                desk.trigger(new NewIncident(service.id(), dedupKey, service.id(), policy.teamId(), policy.id(), alert(alarm)), now);
                return "triggered " + name;
            }
            case "OK" -> {
                desk.openByDedup(service.id(), dedupKey).ifPresent(i -> desk.resolve(i.number(), Actor.system("CloudWatch", "alarm OK"), now));
                return "resolved " + name;
            }
            default -> {
                return "ignored " + name + " in state " + state;
            }
        }
    }

    private static Alert alert(Map<String, Object> alarm) {
        String name = (String) alarm.get("AlarmName");
        String reason = alarm.get("NewStateReason") instanceof String r ? r : "state is ALARM";
        String summary = name + ": " + reason;
        Map<?, ?> trigger = alarm.get("Trigger") instanceof Map<?, ?> t ? t : Map.of();
        String namespace = trigger.get("Namespace") instanceof String ns ? ns : null;
        String metric = trigger.get("MetricName") instanceof String m ? m : null;
        String region = regionOf(alarm);
        String source = "CloudWatch" + (region == null ? "" : " " + region) + (alarm.get("AWSAccountId") instanceof String a ? " " + a : "");
        List<Link> links = region == null ? List.of() : List.of(new Link("https://" + region + ".console.aws.amazon.com/cloudwatch/home?region="
                + region + "#alarmsV2:alarm/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"), "CloudWatch alarm"));
        return new Alert(summary, source, Severity.CRITICAL, metric, namespace, "CloudWatch alarm", EventsApiV2.details(alarm),
                stateChange(alarm.get("StateChangeTime")), "CloudWatch", null, links);
    }

    /** The alarm's ARN names it for as long as it exists; very long ARNs become their digest ({@link DedupKeys}). */
    static String dedupKey(Map<String, Object> alarm) {
        return DedupKeys.of(alarm.get("AlarmArn") instanceof String a ? a : "alarm:" + alarm.get("AlarmName"));
    }

    private static String regionOf(Map<String, Object> alarm) {
        if (alarm.get("AlarmArn") instanceof String arn) {
            String[] parts = arn.split(":");
            if (parts.length > 3 && !parts[3].isBlank()) {
                return parts[3];
            }
        }
        return null;
    }

    private static Instant stateChange(Object value) {
        if (value instanceof String s) {
            try {
                return OffsetDateTime.parse(s, STATE_CHANGE).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
