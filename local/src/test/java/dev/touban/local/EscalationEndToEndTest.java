package dev.touban.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.incident.IncidentRuntime;
import dev.touban.aws.paging.PagingChannels;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.TimelineEntry;
import dev.touban.escalation.EscalationStep;
import dev.touban.escalation.EscalationStepHandler;
import dev.touban.intake.AlertIntakeHandler;
import dev.touban.intake.IntakeSettings;
import dev.touban.slack.SlackWebhookHandler;
import dev.touban.domain.slack.ResponseUrl;
import dev.touban.testing.ApiRecorder;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MotoRecords;
import dev.touban.testing.MutableClock;
import dev.touban.testing.OneTimeSchedules;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.SlackRequests;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * One incident through all three functions as they are deployed, on the emulator, with the
 * clock injected: Alertmanager's trigger pages tier 1 at once; five minutes later the
 * one-time schedule fires and tier 2 is paged; a Slack button acknowledges; nothing more
 * is paged however far the clock moves.
 */
@ExtendWith(EmulatorExtension.class)
class EscalationEndToEndTest {
    /** Saturday 28 Nov 2026, 18:00 in Tokyo: carol is primary, alice secondary. */
    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");
    private static final String SECRET = "e2e-signing-secret";
    private static final String CAROL = "+819034567890";
    private static final String ALICE = "+819012345678";

    private final MutableClock clock = new MutableClock(T0);
    private final ApiRecorder apis = ApiRecorder.start();
    private MotoRecords moto;
    private OneTimeSchedules schedules;
    private IncidentRuntime runtime;
    private RequestStreamHandler intake;
    private RequestStreamHandler slack;
    private RequestStreamHandler step;

    @BeforeEach
    void setUp(Emulated aws) {
        moto = new MotoRecords(aws.endpoint());
        AwsClients clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        schedules = new OneTimeSchedules(clients.configure(SchedulerClient.builder()).build(), "touban-escalation").createGroup();
        Map<String, String> env = new HashMap<>();
        env.put("TOUBAN_AWS_ENDPOINT", aws.endpoint().toString());
        env.put("AWS_REGION", aws.region().id());
        env.put("TABLE_NAME", aws.tableName());
        env.put("TOUBAN_CONFIG", RepoFiles.path("config/oncall.example.yaml").toString());
        env.put("SLACK_SIGNING_SECRET", SECRET);
        env.put("SLACK_BOT_TOKEN", "xoxb-e2e");
        env.put("SLACK_API_BASE", apis.slackBase().toString());
        env.put("ACK_LINK_KEY", "e2e-ack-link-key-0123456789");
        env.put("PUBLIC_BASE_URL", "https://touban.example");
        env.put("SCHEDULE_GROUP", "touban-escalation");
        env.put("STEP_FUNCTION_ARN", "arn:aws:lambda:us-east-1:123456789012:function:touban-escalation-step:live");
        env.put("SCHEDULER_ROLE_ARN", "arn:aws:iam::123456789012:role/touban-scheduler");
        env.put("PAGES_TOPIC_ARN", clients.configure(SnsClient.builder()).build().createTopic(r -> r.name("pages")).topicArn());
        env.put("VOICE_ORIGINATION_IDENTITY", "+15555550100");
        env.put("SMS_ORIGINATION_IDENTITY", "+15555550100");
        env.put(IntakeSettings.ACCEPT_EXAMPLE_KEY, "true");
        env.put("VOICE_ENDPOINT", apis.voiceEndpoint().toString());
        LocalSteps steps = new LocalSteps(clock);
        runtime = IncidentRuntime.builder(env, clients, clock).stepTrigger(steps)
                .pagingChannels(r -> PagingChannels.fromEnvironment(env, clients, r::smsCodes)).build();
        step = new EscalationStepHandler(new EscalationStep(runtime.escalator()), clock);
        steps.deliverTo(step);
        intake = new AlertIntakeHandler(AlertIntakeHandler.create(runtime, env), clock);
        slack = new SlackWebhookHandler(env, clock, runtime, null, ResponseUrl.slackOrLocal(apis.responseEndpoint()));
    }

    @AfterEach
    void tearDown() {
        apis.close();
    }

    @Test
    void trigger_pagesTierOne_fiveMinutesLaterTierTwo_thenAnAcknowledgementStopsEverything() throws Exception {
        Map<String, Object> accepted = invoke(intake, RepoFiles.read("events/alert-intake-alertmanager-trigger.json"));

        assertThat(accepted.get("statusCode")).isEqualTo(202);
        assertThat(apis.sms()).extracting(ApiRecorder.Sms::phoneNumber).containsExactly(CAROL);
        assertThat(apis.calls("chat.postMessage")).extracting(c -> c.body().get("channel")).containsExactly("DU03CAROL", "C0ONCALL");
        assertThat(schedules.all()).extracting(OneTimeSchedules.Schedule::name, OneTimeSchedules.Schedule::at)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("incident-1-step-1", T0.plus(Duration.ofMinutes(5))));

        clock.advance(Duration.ofMinutes(4));
        assertThat(fireDue()).as("nothing is due after four minutes").isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(fireDue()).containsExactly("{\"incident\":1,\"step\":1,\"outcome\":\"paged\"}");

        assertThat(apis.sms()).extracting(ApiRecorder.Sms::phoneNumber).containsExactly(CAROL, ALICE);
        assertThat(apis.calls("SendVoiceMessage")).singleElement().satisfies(c -> assertThat(c.body()).containsEntry("DestinationPhoneNumber", ALICE));
        assertThat(apis.calls("chat.postMessage")).extracting(c -> c.body().get("channel")).containsExactly("DU03CAROL", "C0ONCALL", "DU01ALICE");

        clock.advance(Duration.ofMinutes(1));
        Map<String, Object> pressed = invoke(slack, press("U01ALICE", "incident_acknowledge", "1"));

        assertThat(pressed.get("statusCode")).isEqualTo(200);
        Incident incident = runtime.desk().incident(1).orElseThrow();
        assertThat(incident.status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
        assertThat(incident.acknowledgedBy().name()).isEqualTo("Alice Sato");
        assertThat(schedules.all()).as("the acknowledgement cancelled tier 3's schedule").isEmpty();

        int slackCalls = apis.calls("chat.postMessage").size();
        for (int i = 0; i < 12; i++) {
            clock.advance(Duration.ofMinutes(5));
            assertThat(fireDue()).isEmpty();
            assertThat(invoke(step, "{\"sweep\":true}")).isEqualTo(Map.of("sweep", List.of()));
        }
        assertThat(apis.sms()).hasSize(2);
        assertThat(apis.calls("SendVoiceMessage")).hasSize(1);
        assertThat(apis.calls("chat.postMessage")).hasSize(slackCalls);
        assertThat(moto.topicMessages()).isEmpty();
        assertThat(runtime.desk().timeline(1)).extracting(e -> e.kind() + (e.channel() == null ? "" : " " + e.channel())
                + (e.target() == null ? "" : " " + e.target())).containsExactly(
                "TRIGGERED", "ESCALATED", "PAGED sms Carol Suzuki", "PAGED slack Carol Suzuki",
                "ESCALATED", "PAGED sms Alice Sato", "PAGED voice Alice Sato", "PAGED slack Alice Sato", "PAGED slack <#C0ONCALL>",
                "ACKNOWLEDGED");
        assertThat(runtime.desk().timeline(1)).filteredOn(e -> e.kind() == TimelineEntry.Kind.ACKNOWLEDGED)
                .singleElement().satisfies(e -> assertThat(e.at()).isEqualTo(T0.plus(Duration.ofMinutes(6))));
    }

    private List<String> fireDue() throws IOException {
        List<String> outcomes = new java.util.ArrayList<>();
        for (OneTimeSchedules.Schedule s : schedules.takeDue(clock.instant())) {
            outcomes.add(JSON.std.asString(invoke(step, s.input())));
        }
        return outcomes;
    }

    @SuppressWarnings("unchecked")
    private String press(String userId, String actionId, String value) throws IOException {
        String body = (String) SlackRequests.event("slack-interaction-acknowledge.json").get("body");
        Map<String, Object> payload = JSON.std.mapFrom(SlackRequests.decodeForm(body).get("payload"));
        ((Map<String, Object>) payload.get("user")).put("id", userId);
        Map<String, Object> action = (Map<String, Object>) ((List<Object>) payload.get("actions")).get(0);
        action.put("action_id", actionId);
        action.put("value", value);
        payload.put("response_url", apis.responseUrl("press"));
        return new SlackRequests(SECRET).signedEventWithBody("slack-interaction-acknowledge.json",
                "payload=" + URLEncoder.encode(JSON.std.asString(payload), StandardCharsets.UTF_8), clock.instant());
    }

    private static Map<String, Object> invoke(RequestStreamHandler handler, String event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return JSON.std.mapFrom(out.toByteArray());
    }
}
