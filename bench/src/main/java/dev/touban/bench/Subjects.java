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
    static final String FLOOR_TRANSACT = "floor: TransactWriteItems";
    static final String FLOOR_GET_TRANSACT = "floor: GetItem + TransactWriteItems";

    private static final String BARE_JAR = "bench/fixtures/bare/target/bench-bare.jar";
    private static final String FLOOR_JAR = "bench/fixtures/floor/target/bench-floor.jar";
    private static final String BOLT_JAR = "bench/fixtures/bolt-who/target/bench-bolt-who.jar";
    private static final String FLOOR_HANDLER = "dev.touban.bench.fixtures.FloorHandler::handleRequest";

    /** The Touban functions' environment as template.yaml gives it (the signing secret from SSM). */
    static final Map<String, String> TOUBAN_ENV = Map.of(
            "SLACK_SIGNING_SECRET_PARAM", SIGNING_SECRET_PARAM,
            "TOUBAN_CONFIG", "oncall.example.yaml");

    private Subjects() {}

    static List<Subject> all(String signingSecret) {
        List<Subject> rows = new ArrayList<>();
        rows.add(new Subject("bare (JVM + runtime client)", BARE_JAR, "dev.touban.bench.fixtures.BareHandler::handleRequest",
                "slack-command-who.json", "bare", Map.of(), FLOOR_GET, Subject.Kind.REFERENCE));
        rows.add(floor(FLOOR_GET, "GetItem"));
        rows.add(floor(FLOOR_TRANSACT, "TransactWriteItems"));
        rows.add(floor(FLOOR_GET_TRANSACT, "GetItem,TransactWriteItems"));
        rows.add(new Subject("Bolt for Java: who", BOLT_JAR, "dev.touban.bench.fixtures.BoltWhoHandler::handleRequest",
                "slack-command-who.json", "On call for",
                Map.of("SLACK_SIGNING_SECRET", signingSecret, "TOUBAN_CONFIG", "oncall.example.yaml"),
                FLOOR_GET, Subject.Kind.BASELINE));

        // The Slack webhook, one row per command, each against the floor making the same DynamoDB calls
        // (who and help make none yet; they are held to the GetItem floor).
        rows.add(slack("hello", "Clocked in", FLOOR_TRANSACT));
        rows.add(slack("bye", "Clocked out", FLOOR_GET_TRANSACT));
        rows.add(slack("who", "On call for", FLOOR_GET));
        rows.add(slack("help", "on-call commands", FLOOR_GET));

        // Functions built on other branches: their rows fill in once their jars exist.
        rows.add(new Subject("alert-intake: trigger", "functions/alert-intake/target/alert-intake.jar",
                "dev.touban.alerts.AlertIntakeHandler::handleRequest", "alert-intake-trigger.json", "success",
                TOUBAN_ENV, FLOOR_GET_TRANSACT, Subject.Kind.TOUBAN));
        rows.add(new Subject("escalation-step: page tier", "functions/escalation-step/target/escalation-step.jar",
                "dev.touban.escalation.EscalationStepHandler::handleRequest", "escalation-step-due.json", "",
                TOUBAN_ENV, FLOOR_GET_TRANSACT, Subject.Kind.TOUBAN));
        return rows;
    }

    static Subject slack(String command, String expect, String floorRow) {
        return new Subject("slack-webhook: " + command, "functions/slack-webhook/target/slack-webhook.jar",
                "dev.touban.slack.SlackWebhookHandler::handleRequest", "slack-command-" + command + ".json", expect,
                TOUBAN_ENV, floorRow, Subject.Kind.TOUBAN);
    }

    private static Subject floor(String row, String calls) {
        return new Subject(row, FLOOR_JAR, FLOOR_HANDLER, "slack-command-who.json", "floor", Map.of("FLOOR_CALLS", calls),
                null, Subject.Kind.REFERENCE);
    }
}
