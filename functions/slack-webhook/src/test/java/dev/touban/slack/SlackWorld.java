package dev.touban.slack;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.incident.IncidentRuntime;
import dev.touban.domain.slack.ResponseUrl;
import dev.touban.aws.notify.EventBus;
import dev.touban.slack.followup.EventBridgeFollowUps;
import dev.touban.slack.followup.FollowUpEvents;
import dev.touban.slack.followup.FollowUps;
import dev.touban.slack.followup.SlackFollowUpHandler;
import dev.touban.testing.ApiRecorder;
import dev.touban.testing.Emulated;
import dev.touban.testing.MotoRecords;
import dev.touban.testing.MutableClock;
import dev.touban.testing.OneTimeSchedules;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.SlackRequests;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.scheduler.SchedulerClient;

/** The Slack webhook with the incident machinery, on the emulator, with Slack played by a recorder. */
final class SlackWorld implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");
    static final String SECRET = "slack-test-signing-secret";
    /** sre (alice admin, bob, carol, dave) and db (erin admin, frank); sre-default's last tier pages frank by name. */
    static final String TWO_TEAMS = RepoFiles.path("functions/slack-webhook/src/test/resources/oncall.two-teams.yaml").toString();

    final MutableClock clock = new MutableClock(T0);
    final ApiRecorder apis = ApiRecorder.start();
    final SlackRequests slack = new SlackRequests(SECRET);
    final MotoRecords moto;
    final IncidentRuntime runtime;
    final SlackWebhookHandler handler;
    final SlackFollowUpHandler followUpHandler;
    private int followUpsRun;
    private final OneTimeSchedules schedules;

    SlackWorld(Emulated aws) {
        this(aws, RepoFiles.path("config/oncall.example.yaml").toString());
    }

    /** With the roster of {@code configPath} (the two-team roster: {@link #TWO_TEAMS}). */
    SlackWorld(Emulated aws, String configPath) {
        this.moto = new MotoRecords(aws.endpoint());
        AwsClients clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        this.schedules = new OneTimeSchedules(clients.configure(SchedulerClient.builder()).build(), "touban-escalation").createGroup();
        EventBridgeClient events = clients.configure(EventBridgeClient.builder()).build();
        String queue = moto.createQueue("touban-events", aws.region().id());
        events.putRule(r -> r.name("touban-all").eventPattern("{\"source\":[\"touban\"]}"));
        events.putTargets(r -> r.rule("touban-all").targets(Target.builder().id("queue").arn(queue).build()));
        Map<String, String> env = new HashMap<>();
        env.put("TOUBAN_AWS_ENDPOINT", aws.endpoint().toString());
        env.put("AWS_REGION", aws.region().id());
        env.put("TABLE_NAME", aws.tableName());
        env.put("TOUBAN_CONFIG", configPath);
        env.put("SLACK_SIGNING_SECRET", SECRET);
        env.put("SLACK_BOT_TOKEN", "xoxb-test");
        env.put("SLACK_API_BASE", apis.slackBase().toString());
        env.put("SCHEDULE_GROUP", "touban-escalation");
        FollowUps followUps = new EventBridgeFollowUps(() -> new EventBus(events, "default"));
        this.runtime = IncidentRuntime.builder(env, clients, clock).deskBoard(SlackWebhookHandler.deferredBoard(followUps)).build();
        ResponseUrl responseUrls = ResponseUrl.slackOrLocal(apis.responseEndpoint());
        this.handler = new SlackWebhookHandler(env, clock, runtime, null, responseUrls);
        this.followUpHandler = new SlackFollowUpHandler(runtime, env, responseUrls);
    }

    /**
     * Runs the follow-ups requests have put on the bus since the last call, as the follow-up
     * function would (the rule delivers them to a queue here); returns how many events it ran.
     */
    int settle() {
        List<String> events = moto.sqsBodies().stream().filter(SlackWorld::isFollowUp).toList();
        int ran = 0;
        for (String event : events.subList(followUpsRun, events.size())) {
            try {
                followUpHandler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ran++;
        }
        followUpsRun = events.size();
        return ran;
    }

    private static boolean isFollowUp(String body) {
        try {
            return body.startsWith("{") && FollowUpEvents.DETAIL_TYPE.equals(JSON.std.mapFrom(body).get("detail-type"));
        } catch (IOException e) {
            return false;
        }
    }

    List<OneTimeSchedules.Schedule> schedules() {
        return schedules.all();
    }

    /** A slash command from {@code userId}, signed now. */
    Map<String, Object> command(String userId, String text) {
        return invoke(slack.signedEvent("slack-command-who.json", Map.of("user_id", userId, "text", text,
                "trigger_id", System.nanoTime() + ".1.abc"), clock.instant()));
    }

    /** The sample button press, by {@code userId} on {@code actionId} of incident {@code value}, answered to a recorded response_url. */
    @SuppressWarnings("unchecked")
    Map<String, Object> press(String userId, String actionId, String value, String responseName) {
        return pressAnsweringTo(userId, actionId, value, apis.responseUrl(responseName));
    }

    /** The sample button press, answered to {@code responseUrl} as the payload gives it. */
    @SuppressWarnings("unchecked")
    Map<String, Object> pressAnsweringTo(String userId, String actionId, String value, String responseUrl) {
        try {
            Map<String, Object> payload = payload();
            ((Map<String, Object>) payload.get("user")).put("id", userId);
            Map<String, Object> action = (Map<String, Object>) ((List<Object>) payload.get("actions")).get(0);
            action.put("action_id", actionId);
            action.put("value", value);
            payload.put("response_url", responseUrl);
            return interaction("payload=" + URLEncoder.encode(JSON.std.asString(payload), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Object> interaction(String body) {
        return invoke(slack.signedEventWithBody("slack-interaction-acknowledge.json", body, clock.instant()));
    }

    static Map<String, Object> payload() throws IOException {
        String body = (String) SlackRequests.event("slack-interaction-acknowledge.json").get("body");
        return JSON.std.mapFrom(SlackRequests.decodeForm(body).get("payload"));
    }

    Map<String, Object> invoke(String event) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
            return JSON.std.mapFrom(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a slash command's answer. */
    static String text(Map<String, Object> response) {
        try {
            return String.valueOf(JSON.std.mapFrom((String) response.get("body")).get("text"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String responseType(Map<String, Object> response) {
        try {
            return String.valueOf(JSON.std.mapFrom((String) response.get("body")).get("response_type"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        apis.close();
    }
}
