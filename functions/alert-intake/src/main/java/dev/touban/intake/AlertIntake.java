package dev.touban.intake;

import dev.touban.aws.http.Json;
import dev.touban.aws.http.HttpRequest;
import dev.touban.aws.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything that reaches Touban from outside Slack: Events API v2 events and acknowledge
 * links over HTTP, CloudWatch alarms and text-message replies through SNS.
 */
public final class AlertIntake {

    private final EventsApiEndpoint events;
    private final AckLinkPage ackLinks;
    private final CloudWatchAlarms alarms;
    private final InboundSms sms;

    public AlertIntake(EventsApiEndpoint events, AckLinkPage ackLinks, CloudWatchAlarms alarms, InboundSms sms) {
        this.events = events;
        this.ackLinks = ackLinks;
        this.alarms = alarms;
        this.sms = sms;
    }

    public HttpResponse http(HttpRequest request, Instant now) {
        if (request.path().equals(EventsApiEndpoint.PATH)) {
            return events.handle(request, now);
        }
        if (request.path().startsWith(AckLinkPage.PREFIX)) {
            return ackLinks.handle(request, now);
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
            Map<String, Object> message;
            try {
                message = Json.parseObject(text);
            } catch (Json.JsonException e) {
                Log.LOG.log(System.Logger.Level.WARNING, "ignored an SNS message that is not JSON (topic " + sns.get("TopicArn") + ")");
                outcomes.add("ignored: not JSON");
                continue;
            }
            if (CloudWatchAlarms.isAlarm(message)) {
                outcomes.add(alarms.handle(message, now));
            } else if (InboundSms.isInboundSms(message)) {
                outcomes.add(sms.handle(message, now));
            } else {
                Log.LOG.log(System.Logger.Level.WARNING, "ignored an SNS message that is neither a CloudWatch alarm nor a text message (topic "
                        + sns.get("TopicArn") + ")");
                outcomes.add("ignored: unknown message");
            }
        }
        return outcomes;
    }

    /** Created on the first warning: starting java.util.logging costs a cold start that has nothing to report. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(AlertIntake.class.getName());
    }
}
