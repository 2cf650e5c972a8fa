package dev.touban.intake;

import java.util.Map;

/**
 * What the alert intake is told by its environment:
 *
 * <pre>
 * EVENTS_PER_MINUTE             Events API events that open incidents, per service and minute (120)
 * OPEN_EVENTS_PER_MINUTE        events about an open incident (repeats, acknowledge, resolve), per service and minute (600)
 * UNAUTHENTICATED_PER_MINUTE    events with no known routing key, per instance and minute (60)
 * ALARMS_TOPIC_ARN              the only topic CloudWatch alarms are read from
 * INBOUND_SMS_TOPIC_ARN         the only topic SMS replies are read from
 * SMS_TWO_WAY_NUMBER            the E.164 number replies must be sent to (the origination identity's number)
 * ACCEPT_EXAMPLE_ROUTING_KEY    "true" accepts the example roster's published routing key: set by the local
 *                               runner and the bench only, never by template.yaml (a test checks it)
 * </pre>
 */
public record IntakeSettings(int eventsPerMinute, int openEventsPerMinute, int unauthenticatedPerMinute, String alarmsTopicArn,
        String inboundSmsTopicArn, String smsTwoWayNumber, boolean exampleKeyAccepted) {
    public static final String ACCEPT_EXAMPLE_KEY = "ACCEPT_EXAMPLE_ROUTING_KEY";

    public static IntakeSettings fromEnvironment(Map<String, String> env) {
        return new IntakeSettings(number(env, "EVENTS_PER_MINUTE", 120), number(env, "OPEN_EVENTS_PER_MINUTE", 600),
                number(env, "UNAUTHENTICATED_PER_MINUTE", 60), env.get("ALARMS_TOPIC_ARN"), env.get("INBOUND_SMS_TOPIC_ARN"),
                env.get("SMS_TWO_WAY_NUMBER"), "true".equals(env.get(ACCEPT_EXAMPLE_KEY)));
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalStateException("environment variable " + name + " must be a whole number above zero, not '" + value + "'");
    }
}
