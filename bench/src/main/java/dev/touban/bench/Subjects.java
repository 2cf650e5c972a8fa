package dev.touban.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every row of the cold-start table. Adding a function is one entry here: its jar, handler
 * and event file. A row whose jar is not built (a function still on another branch) prints
 * "not built yet" instead of figures.
 */
final class Subjects {
    static final String SIGNING_SECRET_PARAM = "/touban/slack/signing-secret";
    static final String FLOOR_GET = "floor: GetItem";
    /** hello's transaction: the check-in and the request record. */
    static final String FLOOR_TRANSACT = "floor: TransactWriteItems (2 items)";
    /** bye's: delete the check-in, put the attendance record, the request record. */
    static final String FLOOR_GET_TRANSACT = "floor: GetItem + TransactWriteItems (3 items)";
    static final String FLOOR_QUERY = "floor: Query";
    static final String INTAKE_ROW = "alert-intake: trigger";
    static final String STEP_ROW = "escalation-step: page tier";
    /**
     * The AWS calls of a trigger that opens an incident (as {@code -Dtouban.moto.log} lists them):
     * the open-incident lookup that picks the quota, rate counter, alert read, the incident
     * counter's read, then the opening transaction (counter, alert pointer, incident, team listing,
     * first timeline entry); then EscalationStepDue and IncidentTriggered on EventBridge.
     */
    static final String INTAKE_CALLS = "GetItem,UpdateItem,GetItem,GetItem,TransactWriteItems:5,PutEventsStepDue,PutEvents";
    /**
     * The AWS calls of a first-tier page (the example policy's tier 1 is Slack and SMS): incident
     * read, the service's maintenance window, the on-call overrides, the claim (incident, ESCALATED
     * entry, a delivery record per channel), the next tier's one-time schedule, re-read, the
     * delivery log; for each delivery, out-of-band first, its take (a lease fenced on the incident
     * still triggered) and its settling with its PAGED entry, around the SMS and around the Slack
     * DM and its message reference; then the board's message query and reference.
     */
    static final String STEP_CALLS = "GetItem,GetItem,Query,TransactWriteItems:4,CreateSchedule,GetItem,Query,"
            + "TransactWriteItems:2,SendTextMessage,TransactWriteItems:2,TransactWriteItems:2,PutItem,TransactWriteItems:2,Query,PutItem";
    /**
     * The AWS calls of {@code /oncall call} (a new incident through the desk): alert read, the
     * incident counter's read, the opening transaction (counter, alert pointer, incident, team
     * listing, first timeline entry); then EscalationStepDue and IncidentTriggered on EventBridge.
     * Paging itself is the step function's.
     */
    static final String CALL_CALLS = "GetItem,GetItem,TransactWriteItems:5,PutEventsStepDue,PutEvents";
    /**
     * The AWS calls of {@code /oncall ack} and the Acknowledge button on an open incident: the
     * incident read of the team boundary, the acknowledgement with its timeline entry (one
     * transaction), the acknowledged incident read back, the pending step's schedule deleted,
     * IncidentAcknowledged, and the SlackFollowUp that edits the board off the request path.
     */
    static final String ACK_CALLS = "GetItem,TransactWriteItems:2,GetItem,DeleteSchedule,PutEvents,PutEvents";
    static final String CALL_ROW = "slack-webhook: call";
    static final String ACK_ROW = "slack-webhook: ack";
    static final String BUTTON_ROW = "slack-webhook: Acknowledge button";
    static final String FLOOR_CALL = "floor: call's calls (" + CALL_CALLS.split(",").length + ")";
    static final String FLOOR_ACK = "floor: ack's calls (" + ACK_CALLS.split(",").length + ")";
    static final String FLOOR_INTAKE = "floor: alert-intake calls (" + INTAKE_CALLS.split(",").length + ")";
    static final String FLOOR_STEP = "floor: escalation-step calls (" + STEP_CALLS.split(",").length + ")";

    private static final String BARE_JAR = "bench/fixtures/bare/target/bench-bare.jar";
    private static final String FLOOR_JAR = "bench/fixtures/floor/target/bench-floor.jar";
    private static final String BOLT_JAR = "bench/fixtures/bolt-who/target/bench-bolt-who.jar";
    private static final String FLOOR_HANDLER = "dev.touban.bench.fixtures.FloorHandler::handleRequest";

    /**
     * The Slack webhook's environment as template.yaml gives it: the signing secret by SSM name
     * (and the bot token's, which template.yaml now gives the follow-up function only: a --compare
     * build from before the follow-ups reads it), the escalation schedule group, the bus incident events go out on (the
     * emulator's default bus stands in for the stack's own), and the bus exports go out on.
     */
    static final Map<String, String> TOUBAN_ENV = Map.of(
            "SLACK_SIGNING_SECRET_PARAM", SIGNING_SECRET_PARAM,
            "SLACK_BOT_TOKEN_PARAM", IncidentBench.BOT_TOKEN_PARAM,
            "SCHEDULE_GROUP", IncidentBench.SCHEDULE_GROUP,
            "EVENT_BUS_NAME", "default",
            "EXPORT_EVENT_BUS", "default",
            "TOUBAN_CONFIG", "oncall.example.yaml");

    /** The incident functions' environment beyond IncidentBench's (the rate limit as template.yaml sets it). */
    static final Map<String, String> INCIDENT_ENV = Map.of("TOUBAN_CONFIG", "oncall.example.yaml");

    private Subjects() {}

    static List<Subject> all(String signingSecret) {
        List<Subject> rows = new ArrayList<>();
        rows.add(new Subject("bare (JVM + runtime client)", BARE_JAR, "dev.touban.bench.fixtures.BareHandler::handleRequest",
                "slack-command-who.json", "bare", Map.of(), FLOOR_GET, Subject.Kind.REFERENCE));
        rows.add(floor(FLOOR_GET, "GetItem"));
        rows.add(floor(FLOOR_TRANSACT, "TransactWriteItems:2"));
        rows.add(floor(FLOOR_GET_TRANSACT, "GetItem,TransactWriteItems:3"));
        rows.add(floor(FLOOR_QUERY, "Query"));
        rows.add(floor(FLOOR_INTAKE, INTAKE_CALLS));
        rows.add(floor(FLOOR_STEP, STEP_CALLS));
        rows.add(floor(FLOOR_CALL, CALL_CALLS));
        rows.add(floor(FLOOR_ACK, ACK_CALLS));
        rows.add(new Subject("Bolt for Java: who", BOLT_JAR, "dev.touban.bench.fixtures.BoltWhoHandler::handleRequest",
                "slack-command-who.json", "On call for",
                Map.of("SLACK_SIGNING_SECRET", signingSecret, "TOUBAN_CONFIG", "oncall.example.yaml"),
                FLOOR_GET, Subject.Kind.BASELINE));

        // The Slack webhook, one row per command, each against the floor making the same DynamoDB calls
        // (help makes none; it is held to the GetItem floor).
        rows.add(slack("hello", "Clocked in", FLOOR_TRANSACT));
        rows.add(slack("bye", "Clocked out", FLOOR_GET_TRANSACT));
        rows.add(slack("who", "On call for", FLOOR_QUERY));
        rows.add(slack("help", "on-call commands", FLOOR_GET));
        // The incident commands and the button: call opens an incident; ack and the button acknowledge one
        // opened just before the JVM starts (untimed), each against a floor making the same AWS calls.
        rows.add(slack("call", "is calling SRE", FLOOR_CALL));
        rows.add(slack("ack", "Escalation stopped", FLOOR_ACK));
        rows.add(new Subject(BUTTON_ROW, "functions/slack-webhook/target/slack-webhook.jar", "dev.touban.slack.SlackWebhookHandler::handleRequest",
                "slack-interaction-acknowledge.json", "\"statusCode\":200", TOUBAN_ENV, FLOOR_ACK, Subject.Kind.TOUBAN));

        // The incident functions, with the environment template.yaml gives them (IncidentBench adds the
        // Slack stub's base URL): a trigger that opens a new incident, and the first tier of an incident
        // opened just before by the real desk, so each run pages for real.
        rows.add(new Subject(INTAKE_ROW, "functions/alert-intake/target/alert-intake.jar",
                "dev.touban.intake.AlertIntakeHandler::handleRequest", IncidentBench.TRIGGER_EVENT, "success",
                INCIDENT_ENV, FLOOR_INTAKE, Subject.Kind.TOUBAN));
        rows.add(new Subject(STEP_ROW, "functions/escalation-step/target/escalation-step.jar",
                "dev.touban.escalation.EscalationStepHandler::handleRequest", IncidentBench.STEP_EVENT, "\"outcome\":\"paged\"",
                INCIDENT_ENV, FLOOR_STEP, Subject.Kind.TOUBAN));
        return rows;
    }

    static Subject slack(String command, String expect, String floorRow) {
        return new Subject("slack-webhook: " + command, "functions/slack-webhook/target/slack-webhook.jar",
                "dev.touban.slack.SlackWebhookHandler::handleRequest", "slack-command-" + command + ".json", expect,
                TOUBAN_ENV, floorRow, Subject.Kind.TOUBAN);
    }

    private static Subject floor(String row, String calls) {
        return new Subject(row, FLOOR_JAR, FLOOR_HANDLER, "slack-command-who.json", "floor",
                Map.of("FLOOR_CALLS", calls, "SCHEDULE_GROUP", IncidentBench.SCHEDULE_GROUP), null, Subject.Kind.REFERENCE);
    }
}
