package dev.touban.tools.verify;

import dev.touban.aws.AwsClients;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.links.TeamToken;
import dev.touban.domain.slack.SlackSignature;
import dev.touban.tools.stack.Template;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.ScheduleGroupSummary;
import software.amazon.awssdk.services.scheduler.model.ScheduleState;
import software.amazon.awssdk.services.scheduler.model.ScheduleSummary;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.Subscription;

/** The post-deploy checks, one method each; each answers PASS, FAIL or SKIP with what it saw. */
final class Checks {
    private final Deployment d;
    private final AwsClients aws;
    private final Http http;
    private final OncallConfig roster;
    private final Supplier<Instant> slackNow;

    Checks(Deployment deployment, AwsClients aws, Http http, OncallConfig roster, Supplier<Instant> slackNow) {
        this.d = deployment;
        this.aws = aws;
        this.http = http;
        this.roster = roster;
        this.slackNow = slackNow;
    }

    /** The Events API's route answers a malformed event with its 400: API Gateway, the route and the function are up. */
    Result apiAnswers() {
        String name = "API answers";
        long start = System.nanoTime();
        Http.Answer a = http.post(d.api().resolve("/v2/enqueue"), "application/json", "{}", Map.of());
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (a.status() == 400 && a.body().contains("errors")) {
            return Result.pass(name, "POST /v2/enqueue with an empty event: 400 with its errors (" + ms + " ms)");
        }
        return Result.fail(name, "POST " + d.api().resolve("/v2/enqueue") + " with an empty event answered " + a.status()
                + ", not Touban's 400: " + a.excerpt());
    }

    /** {@code /oncall help} signed with the secret Touban is configured with: accepted (200), not refused (401). */
    Result slackSignatureAccepted() {
        String name = "Slack signature accepted";
        String member = roster.members().isEmpty() ? "U0TOUBANVERIFY" : roster.members().get(0).slackUserId();
        String body = "token=verify&team_id=T0TOUBAN&team_domain=verify&channel_id=C0TOUBANVERIFY&channel_name=verify"
                + "&user_id=" + member + "&user_name=verify&command=%2Foncall&text=help"
                + "&response_url=" + URLEncoder.encode("https://hooks.slack.com/commands/T0TOUBAN/1/verify", StandardCharsets.UTF_8)
                + "&trigger_id=" + System.currentTimeMillis() + "." + System.nanoTime() % 1_000_000 + ".7e71f1ed";
        String timestamp = Long.toString(slackNow.get().getEpochSecond());
        String signature = new SlackSignature(d.signingSecret().value().get()).sign(timestamp, body);
        Http.Answer a = http.post(d.api().resolve("/slack/commands"), "application/x-www-form-urlencoded", body,
                Map.of("X-Slack-Request-Timestamp", timestamp, "X-Slack-Signature", signature));
        if (a.status() == 200 && a.body().contains("/oncall")) {
            return Result.pass(name, "/oncall help signed with the secret from " + d.signingSecret().where() + ": 200 with the help text");
        }
        if (a.status() == 401) {
            return Result.fail(name, "/oncall help signed with the secret from " + d.signingSecret().where()
                    + " was refused (401): the function checks another secret; Slack signs with the one in your app's Basic Information");
        }
        return Result.fail(name, "/oncall help answered " + a.status() + ": " + a.excerpt());
    }

    /** Each team's schedule page opens with its team link (the token bin/team-link prints). */
    Result schedulePages() {
        String name = "schedule page opens with the team link";
        if (roster.teams().isEmpty()) {
            return Result.fail(name, "the roster has no teams");
        }
        TeamToken tokens = new TeamToken(d.calendarKey().value().get());
        List<String> opened = new ArrayList<>();
        for (Team team : roster.teams()) {
            URI page = d.api().resolve("/schedule/" + team.id() + "?token=" + tokens.forTeam(team.id(), team.linkEpoch()));
            Http.Answer a = http.get(page);
            if (a.status() != 200 || !a.contentType().startsWith("text/html")) {
                return Result.fail(name, "GET /schedule/" + team.id() + " with its link (key from " + d.calendarKey().where()
                        + ") answered " + a.status() + " " + a.contentType() + ": " + a.excerpt());
            }
            opened.add(team.id());
        }
        return Result.pass(name, "GET /schedule/{team}?token=... for " + String.join(", ", opened) + ": 200 text/html (key from "
                + d.calendarKey().where() + ")");
    }

    Result pointInTimeRecovery() {
        String name = "table point-in-time recovery";
        try (DynamoDbClient dynamo = aws.configure(DynamoDbClient.builder()).build()) {
            PointInTimeRecoveryDescription pitr = dynamo.describeContinuousBackups(r -> r.tableName(d.table()))
                    .continuousBackupsDescription().pointInTimeRecoveryDescription();
            if (pitr != null && "ENABLED".equals(pitr.pointInTimeRecoveryStatusAsString())) {
                return Result.pass(name, d.table() + ": ENABLED, restorable from " + pitr.earliestRestorableDateTime());
            }
            return Result.fail(name, d.table() + ": " + (pitr == null ? "DISABLED" : pitr.pointInTimeRecoveryStatusAsString())
                    + ": nothing to restore from (aws dynamodb update-continuous-backups --table-name " + d.table()
                    + " --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true)");
        }
    }

    Result timeToLive() {
        String name = "table TTL";
        try (DynamoDbClient dynamo = aws.configure(DynamoDbClient.builder()).build()) {
            TimeToLiveDescription ttl = dynamo.describeTimeToLive(r -> r.tableName(d.table())).timeToLiveDescription();
            if ("ENABLED".equals(ttl.timeToLiveStatusAsString())) {
                return Result.pass(name, d.table() + ": ENABLED on " + ttl.attributeName());
            }
            return Result.fail(name, d.table() + ": " + ttl.timeToLiveStatusAsString()
                    + ": request records and rate counters would pile up forever");
        }
    }

    /** Every alarm has an action whose SNS topic has a confirmed subscription: someone hears when paging breaks. */
    Result alarmsHaveSubscribers() {
        String name = "alarms notify someone";
        if (d.alarms().isEmpty()) {
            return d.stack()
                    ? Result.fail(name, "the stack has no CloudWatch alarms: nothing tells anyone when paging breaks")
                    : Result.skip(name, "no alarms in the emulator (the local runner creates none)");
        }
        List<String> silent = new ArrayList<>();
        try (CloudWatchClient cloudWatch = aws.configure(CloudWatchClient.builder()).build();
             SnsClient sns = aws.configure(SnsClient.builder()).build()) {
            List<MetricAlarm> found = new ArrayList<>();
            for (int i = 0; i < d.alarms().size(); i += 100) {
                List<String> batch = d.alarms().subList(i, Math.min(i + 100, d.alarms().size()));
                found.addAll(cloudWatch.describeAlarms(r -> r.alarmNames(batch)).metricAlarms());
            }
            for (MetricAlarm alarm : found) {
                String why = whyNobodyHears(alarm, sns);
                if (why != null) {
                    silent.add(alarm.alarmName() + " " + why);
                }
            }
            if (found.size() < d.alarms().size()) {
                silent.add((d.alarms().size() - found.size()) + " of the stack's alarms no longer exist");
            }
        }
        if (!silent.isEmpty()) {
            return Result.fail(name, String.join("; ", silent));
        }
        return Result.pass(name, d.alarms().size() + " alarms, each with a topic that has a confirmed subscription");
    }

    private static String whyNobodyHears(MetricAlarm alarm, SnsClient sns) {
        if (!Boolean.TRUE.equals(alarm.actionsEnabled())) {
            return "has its actions disabled";
        }
        List<String> topics = new ArrayList<>();
        for (String action : alarm.alarmActions()) {
            if (action.startsWith("arn:") && action.split(":")[2].equals("sns")) {
                topics.add(action);
            }
        }
        if (topics.isEmpty()) {
            return "notifies no SNS topic";
        }
        int pending = 0;
        for (String topic : topics) {
            for (Subscription s : sns.listSubscriptionsByTopicPaginator(r -> r.topicArn(topic)).subscriptions()) {
                if ("PendingConfirmation".equals(s.subscriptionArn())) {
                    pending++;
                } else if (!"Deleted".equals(s.subscriptionArn())) {
                    return null;
                }
            }
        }
        return "notifies " + topics.get(0).substring(topics.get(0).lastIndexOf(':') + 1) + ", which has no confirmed subscription"
                + (pending > 0 ? " (" + pending + " waiting: confirm the email SNS sent)" : " (subscribe the operations email)");
    }

    Result scheduleGroups() {
        String name = "escalation schedule group";
        if (d.scheduleGroups().isEmpty()) {
            return Result.fail(name, (d.stack() ? "the stack has" : "the emulator has") + " no EventBridge Scheduler group:"
                    + " escalation steps cannot be scheduled");
        }
        List<String> seen = new ArrayList<>();
        try (SchedulerClient scheduler = aws.configure(SchedulerClient.builder()).build()) {
            for (String group : d.scheduleGroups()) {
                String state = scheduler.getScheduleGroup(r -> r.name(group)).stateAsString();
                if (!"ACTIVE".equals(state)) {
                    return Result.fail(name, group + ": " + state);
                }
                seen.add(group + " ACTIVE");
            }
        }
        return Result.pass(name, String.join(", ", seen));
    }

    /** Handoffs are announced only when something invokes the handoff function: an enabled schedule must. */
    Result handoffSchedule() {
        String name = "handoff schedule";
        if (!d.stack()) {
            List<String> fired = Template.fromRepository().enabledSchedules(StackDiscovery.HANDOFF_FUNCTION);
            return fired.isEmpty()
                    ? Result.fail(name, "template.yaml gives " + StackDiscovery.HANDOFF_FUNCTION + " no enabled ScheduleV2 event")
                    : Result.pass(name, "the local runner fires template.yaml's " + StackDiscovery.HANDOFF_FUNCTION + " schedules: "
                            + String.join(", ", fired));
        }
        if (d.handoffFunction() == null) {
            return Result.fail(name, "the stack has no " + StackDiscovery.HANDOFF_FUNCTION);
        }
        List<String> found = schedulesInvoking(d.handoffFunction());
        if (found.isEmpty()) {
            return Result.fail(name, "no enabled EventBridge Scheduler schedule invokes " + d.handoffFunction()
                    + ": shifts would change hands without a handoff message or @oncall update");
        }
        return Result.pass(name, found.size() + " enabled schedule" + (found.size() == 1 ? "" : "s") + " invoke "
                + d.handoffFunction() + ": " + String.join(", ", found.subList(0, Math.min(3, found.size())))
                + (found.size() > 3 ? ", ..." : ""));
    }

    /**
     * The scheduled canary, where the stack has it on: an enabled schedule invokes its function,
     * and its alarm exists. Off (CanaryIntervalMinutes 0) or beside the local runner, which fires
     * it on its own clock when started with CANARY_INTERVAL_MINUTES, the line is skipped.
     */
    Result scheduledCanary() {
        String name = "scheduled canary";
        if (!d.stack()) {
            return Result.skip(name, "the local runner fires it on its clock when started with CANARY_INTERVAL_MINUTES");
        }
        if (d.canaryFunction() == null) {
            return Result.skip(name, "off: the stack has no " + StackDiscovery.CANARY_FUNCTION + " (CanaryIntervalMinutes is 0)");
        }
        if (d.canaryAlarm() == null) {
            return Result.fail(name, "the stack has " + d.canaryFunction() + " but no " + StackDiscovery.CANARY_ALARM
                    + ": a canary that stops completing would make no sound");
        }
        List<String> found = schedulesInvoking(d.canaryFunction());
        if (found.isEmpty()) {
            return Result.fail(name, "no enabled EventBridge Scheduler schedule invokes " + d.canaryFunction()
                    + ": no canary runs, and " + d.canaryAlarm() + " will say so");
        }
        return Result.pass(name, String.join(", ", found) + " invokes " + d.canaryFunction() + "; alarm " + d.canaryAlarm());
    }

    private List<String> schedulesInvoking(String function) {
        List<String> found = new ArrayList<>();
        try (SchedulerClient scheduler = aws.configure(SchedulerClient.builder()).build()) {
            for (ScheduleGroupSummary group : scheduler.listScheduleGroupsPaginator(r -> {}).scheduleGroups()) {
                for (ScheduleSummary s : scheduler.listSchedulesPaginator(r -> r.groupName(group.name()).state(ScheduleState.ENABLED))
                        .schedules()) {
                    if (s.target() != null && invokes(s.target().arn(), function)) {
                        found.add(group.name() + "/" + s.name());
                    }
                }
            }
        }
        return found;
    }

    /** {@code arn:aws:lambda:region:account:function:NAME[:qualifier]} names the function. */
    static boolean invokes(String targetArn, String functionName) {
        String[] parts = targetArn == null ? new String[0] : targetArn.split(":");
        return parts.length >= 7 && "lambda".equals(parts[2]) && "function".equals(parts[5]) && functionName.equals(parts[6]);
    }
}
