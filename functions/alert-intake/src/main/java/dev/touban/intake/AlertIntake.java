package dev.touban.intake;

import dev.touban.aws.http.HttpRequest;
import dev.touban.aws.http.HttpResponse;
import dev.touban.aws.http.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything that reaches Touban from outside Slack: Events API v2 events, heartbeat pings and
 * acknowledge links over HTTP, CloudWatch alarms and text-message replies through SNS. An SNS record is
 * read as what its topic carries, never by the shape of its message: an alarm only from the
 * alarms topic, a reply only from the inbound-SMS topic; a record from any other topic is
 * ignored.
 */
public final class AlertIntake {

    private final EventsApiEndpoint events;
    private final AckLinkPage ackLinks;
    private final CloudWatchAlarms alarms;
    private final InboundSms sms;
    private final HeartbeatEndpoint heartbeats;
    private final String alarmsTopicArn;
    private final String inboundSmsTopicArn;

    public AlertIntake(EventsApiEndpoint events, AckLinkPage ackLinks, CloudWatchAlarms alarms, InboundSms sms, IntakeSettings settings) {
        this(events, ackLinks, alarms, sms, null, settings);
    }

    /** With heartbeat pings ({@code GET|POST /heartbeat/{key}}) answered by {@code heartbeats} (404 when null). */
    public AlertIntake(EventsApiEndpoint events, AckLinkPage ackLinks, CloudWatchAlarms alarms, InboundSms sms,
            HeartbeatEndpoint heartbeats, IntakeSettings settings) {
        this.heartbeats = heartbeats;
        this.events = events;
        this.ackLinks = ackLinks;
        this.alarms = alarms;
        this.sms = sms;
        this.alarmsTopicArn = settings.alarmsTopicArn();
        this.inboundSmsTopicArn = settings.inboundSmsTopicArn();
    }

    public HttpResponse http(HttpRequest request, Instant now) {
        if (request.path().equals(EventsApiEndpoint.PATH)) {
            return events.handle(request, now);
        }
        if (request.path().startsWith(AckLinkPage.PREFIX)) {
            return ackLinks.handle(request, now);
        }
        if (heartbeats != null && request.path().startsWith(HeartbeatEndpoint.PREFIX)) {
            return heartbeats.handle(request, now);
        }
        return HttpResponse.text(404, "Not found: " + request.path());
    }

    /** One SNS delivery (a Lambda SNS event); returns what was done with each record. */
    public List<String> sns(Map<String, Object> event, Instant now) {
        List<String> outcomes = new ArrayList<>();
        if (!(event.get("Records") instanceof List<?> records)) {
            throw new IllegalArgumentException("not an SNS event: no Records");
        }
        for (Object r : records) {
            if (!(r instanceof Map<?, ?> record) || !(record.get("Sns") instanceof Map<?, ?> sns) || !(sns.get("Message") instanceof String text)) {
                throw new IllegalArgumentException("not an SNS record");
            }
            Object topic = sns.get("TopicArn");
            boolean alarm = alarmsTopicArn != null && alarmsTopicArn.equals(topic);
            boolean reply = inboundSmsTopicArn != null && inboundSmsTopicArn.equals(topic);
            if (!alarm && !reply) {
                Log.LOG.log(System.Logger.Level.WARNING, "ignored an SNS message from a topic that is neither the alarms topic nor the inbound-SMS topic");
                outcomes.add("ignored: not from the alarms or inbound-SMS topic");
                continue;
            }
            Map<String, Object> message;
            try {
                message = Json.parseObject(text);
            } catch (Json.JsonException e) {
                Log.LOG.log(System.Logger.Level.WARNING, "ignored an SNS message that is not a JSON object (topic " + topic + ")");
                outcomes.add("ignored: not JSON");
                continue;
            }
            if (alarm && CloudWatchAlarms.isAlarm(message)) {
                outcomes.add(alarms.handle(message, now));
            } else if (reply && InboundSms.isInboundSms(message)) {
                outcomes.add(sms.handle(message, now));
            } else {
                Log.LOG.log(System.Logger.Level.WARNING, "ignored an SNS message that is not what its topic carries (topic " + topic + ")");
                outcomes.add("ignored: not what its topic carries");
            }
        }
        return outcomes;
    }

    /** Created on the first warning: starting java.util.logging costs a cold start that has nothing to report. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(AlertIntake.class.getName());
    }
}
