package dev.touban.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoAttendanceStore;
import dev.touban.aws.dynamo.DynamoHandoffLedger;
import dev.touban.aws.dynamo.DynamoScheduleChangeStore;
import dev.touban.aws.dynamo.TableKeys;
import dev.touban.aws.notify.EventBus;
import dev.touban.aws.slack.SlackWebApi;
import dev.touban.domain.attendance.AttendanceRecord;
import dev.touban.domain.attendance.CheckIn;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.Layer;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.incident.IncidentHistory;
import dev.touban.domain.rotation.EffectiveOnCall;
import dev.touban.domain.rotation.OnCallOverride;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.EventCapture;
import dev.touban.testing.MutableClock;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.SnsNotifications;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The handoff function driven by events/rotation-handoff-*.json: DynamoDB, SNS and
 * EventBridge on the emulator, Slack on a local recorder whose requests are checked exactly.
 * The example roster hands the primary from dave to alice on Monday 7 December 2026 10:00 Tokyo.
 */
@ExtendWith(EmulatorExtension.class)
class RotationHandoffHandlerTest {
    private static final Instant DEC_7 = Instant.parse("2026-12-07T01:00:00Z");
    private static final String BUS = "touban";
    private static final String TEXT = ":arrows_counterclockwise: *SRE primary handoff*, Mon 7 Dec 10:00 JST\n"
            + "On call now: primary *Alice Sato* (<@U01ALICE>) until Mon 14 Dec 10:00 JST; "
            + "secondary *Carol Suzuki* (<@U03CAROL>) until Mon 14 Dec 10:00 JST\n"
            + "Next: *Bob Tanaka* (<@U02BOB>) from Mon 14 Dec 10:00 JST\n"
            + "Last shift (Dave Ito, Mon 30 Nov 10:00 JST → Mon 7 Dec 10:00 JST): no incidents; no hours clocked.";

    private final MutableClock clock = new MutableClock(DEC_7.plusSeconds(2));
    private final List<RecordedRequest> slackRequests = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean slackDown;
    private MockWebServer slackServer;
    private Emulated aws;
    private AwsClients clients;
    private OncallConfig config;
    private String topicArn;
    private EventCapture events;

    @BeforeEach
    void setUp(Emulated aws) throws IOException {
        this.aws = aws;
        clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        config = ConfigLoader.fromFile(RepoFiles.path("config/oncall.example.yaml"));
        try (SnsClient sns = clients.configure(SnsClient.builder()).build()) {
            topicArn = sns.createTopic(r -> r.name("touban-handoff")).topicArn();
        }
        events = EventCapture.on(aws.endpoint(), aws.region(), BUS, "touban");
        slackServer = new MockWebServer();
        slackServer.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                slackRequests.add(request);
                if (slackDown) {
                    return new MockResponse.Builder().code(503).body("upstream connect error").build();
                }
                String ts = request.getTarget().endsWith("chat.postMessage") ? ",\"channel\":\"C0ONCALL\",\"ts\":\"1796605200.000100\"" : "";
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body("{\"ok\":true" + ts + "}").build();
            }
        });
        slackServer.start(0);
    }

    @AfterEach
    void tearDown() {
        slackServer.close();
    }

    @Test
    void handoff_postsToSlack_movesTheUserGroup_publishes_andRecordsTheShift() throws IOException {
        Map<String, Object> result = invoke(handler(topicArn), "rotation-handoff-scheduled.json");

        assertThat(result).containsEntry("status", "handed-off").containsEntry("slackFailed", false);
        assertThat(result.get("shift")).isEqualTo(Map.of("index", 48, "start", "2026-12-07T01:00:00Z", "end", "2026-12-14T01:00:00Z",
                "memberId", "alice", "scheduledMemberId", "alice"));
        assertThat(slackRequests).hasSize(2);
        assertSlackCall(slackRequests.get(0), "/api/chat.postMessage", Map.of("channel", "C0ONCALL", "text", TEXT, "blocks", List.of(
                Map.of("type", "header", "text", Map.of("type", "plain_text", "text", "SRE primary handoff")),
                Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", TEXT.split("\n")[1])),
                Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", TEXT.split("\n")[2])),
                Map.of("type", "context", "elements", List.of(Map.of("type", "mrkdwn", "text", TEXT.split("\n")[3]))))));
        assertSlackCall(slackRequests.get(1), "/api/usergroups.users.update", Map.of("usergroup", "S0ONCALL", "users", "U01ALICE"));

        List<Map<String, Object>> published = SnsNotifications.from(aws.moto().orElseThrow().dataJson());
        assertThat(published).hasSize(1);
        assertThat(published.getFirst()).containsEntry("topicArn", topicArn)
                .containsEntry("subject", "SRE primary handoff: Alice Sato on call from Mon 7 Dec 10:00 JST")
                .containsEntry("message", "SRE primary handoff: Alice Sato on call from Mon 7 Dec 10:00 JST\n"
                        + "On call now: primary Alice Sato until Mon 14 Dec 10:00 JST; secondary Carol Suzuki until Mon 14 Dec 10:00 JST\n"
                        + "Next: Bob Tanaka from Mon 14 Dec 10:00 JST\n"
                        + "Last shift (Dave Ito, Mon 30 Nov 10:00 JST → Mon 7 Dec 10:00 JST): no incidents; no hours clocked.");

        List<Map<String, Object>> put = events.drain();
        assertThat(put).hasSize(1);
        assertThat(put.getFirst()).containsEntry("source", "touban").containsEntry("detail-type", "OnCallShiftStarted");
        assertThat(put.getFirst().get("detail")).isEqualTo(Map.ofEntries(Map.entry("team", "sre"), Map.entry("rotation", "sre-primary"),
                Map.entry("layer", "primary"), Map.entry("shift", 48), Map.entry("start", "2026-12-07T01:00:00Z"),
                Map.entry("end", "2026-12-14T01:00:00Z"), Map.entry("memberId", "alice"), Map.entry("slackUserId", "U01ALICE"),
                Map.entry("scheduledMemberId", "alice"),
                Map.entry("next", Map.of("memberId", "bob", "start", "2026-12-14T01:00:00Z")),
                Map.entry("previous", Map.of("memberId", "dave", "start", "2026-11-30T01:00:00Z", "end", "2026-12-07T01:00:00Z",
                        "incidents", 0, "clockedSeconds", 0))));

        Map<String, AttributeValue> record = aws.dynamo().getItem(r -> r.tableName(aws.tableName())
                .key(TableKeys.handoff("sre", "sre-primary#48"))).item();
        assertThat(record.get("memberId").s()).isEqualTo("alice");
        assertThat(record.get("completedAt").s()).isEqualTo("2026-12-07T01:00:02.000Z");
        assertThat(record.get("steps").m().keySet()).containsExactlyInAnyOrder("slackMessage", "slackUserGroup", "sns", "eventBridge");
    }

    @Test
    void duplicateDelivery_ofTheSameShift_doesNothingTheSecondTime() throws IOException {
        RotationHandoffHandler handler = handler(topicArn);
        invoke(handler, "rotation-handoff-scheduled.json");
        clock.advance(Duration.ofSeconds(40));

        Map<String, Object> again = invoke(handler, "rotation-handoff-scheduled.json");

        assertThat(again).containsEntry("status", "duplicate").containsEntry("completedAt", "2026-12-07T01:00:02Z");
        assertThat(slackRequests).hasSize(2);
        assertThat(SnsNotifications.from(aws.moto().orElseThrow().dataJson())).hasSize(1);
        assertThat(events.drain()).hasSize(1);
    }

    @Test
    void concurrentDeliveries_handOffOnce() throws Exception {
        RotationHandoffHandler handler = handler(topicArn);
        Callable<Map<String, Object>> run = () -> invoke(handler, "rotation-handoff-scheduled.json");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Object> statuses = new ArrayList<>();
        try {
            for (Future<Map<String, Object>> f : pool.invokeAll(List.of(run, run, run))) {
                statuses.add(f.get().get("status"));
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).containsOnlyOnce("handed-off").allMatch(s -> List.of("handed-off", "duplicate", "in-progress").contains(s));
        assertThat(slackRequests).hasSize(2);
        assertThat(SnsNotifications.from(aws.moto().orElseThrow().dataJson())).hasSize(1);
        assertThat(events.drain()).hasSize(1);
    }

    @Test
    void slackDown_snsAndEventBridgeStillHappen_andTheResultSaysSlackFailed() throws IOException {
        slackDown = true;

        Map<String, Object> result = invoke(handler(topicArn), "rotation-handoff-scheduled.json");

        assertThat(result).containsEntry("status", "handed-off").containsEntry("slackFailed", true);
        @SuppressWarnings("unchecked")
        Map<String, String> steps = (Map<String, String>) result.get("steps");
        assertThat(steps.get("slackMessage")).isEqualTo("failed: Slack chat.postMessage failed: HTTP 503");
        assertThat(steps.get("slackUserGroup")).isEqualTo("failed: Slack usergroups.users.update failed: HTTP 503");
        assertThat(steps.get("sns")).startsWith("ok:");
        assertThat(steps.get("eventBridge")).startsWith("ok:");
        assertThat(SnsNotifications.from(aws.moto().orElseThrow().dataJson())).hasSize(1);
        assertThat(events.drain()).hasSize(1);
    }

    @Test
    void snsFailure_throwsForTheRetry_whichResumesWithoutPostingToSlackAgain() throws IOException {
        RotationHandoffHandler broken = handler("arn:aws:sns:us-east-1:123456789012:no-such-topic");
        assertThatThrownBy(() -> invoke(broken, "rotation-handoff-scheduled.json")).isInstanceOf(RuntimeException.class);
        assertThat(slackRequests).hasSize(2);
        clock.advance(Duration.ofSeconds(30));

        Map<String, Object> retry = invoke(handler(topicArn), "rotation-handoff-scheduled.json");

        assertThat(retry).containsEntry("status", "handed-off").containsEntry("resumed", true);
        assertThat(slackRequests).hasSize(2);
        assertThat(SnsNotifications.from(aws.moto().orElseThrow().dataJson())).hasSize(1);
        assertThat(events.drain()).hasSize(1);
    }

    @Test
    void handoff_followsOverrides_andReportsClockedHoursOfTheLastShift() throws IOException {
        new DynamoScheduleChangeStore(clients.dynamoDb(), aws.tableName()).add(new OnCallOverride("otest1", "sre", Layer.PRIMARY, "bob",
                DEC_7.minus(Duration.ofHours(1)), DEC_7.plus(Duration.ofDays(2)), "alice", DEC_7.minus(Duration.ofDays(3))), "r1", "ok");
        DynamoAttendanceStore attendance = new DynamoAttendanceStore(clients.dynamoDb(), aws.tableName());
        CheckIn saturday = new CheckIn("dave", "sre", Instant.parse("2026-12-05T01:00:00Z"), "disk alert");
        attendance.clockIn(saturday, "a1", "in");
        attendance.clockOut(saturday, AttendanceRecord.close(saturday, Instant.parse("2026-12-05T04:30:00Z"), ZoneId.of("Asia/Tokyo")), "a2", "out");

        Map<String, Object> result = invoke(handler(topicArn), "rotation-handoff-scheduled.json");

        assertThat(((Map<?, ?>) result.get("shift")).get("memberId")).isEqualTo("bob");
        String text = (String) json(slackRequests.get(0)).get("text");
        assertThat(text).contains("primary *Bob Tanaka* (<@U02BOB>) until Wed 9 Dec 10:00 JST (override for Alice Sato)")
                .contains("Next: *Alice Sato* (<@U01ALICE>) from Wed 9 Dec 10:00 JST")
                .contains("no incidents; clocked 3h 30m (Dave Ito 3h 30m).");
        assertThat(json(slackRequests.get(1))).isEqualTo(Map.of("usergroup", "S0ONCALL", "users", "U02BOB"));
    }

    @Test
    void secondaryHandoff_postsButLeavesTheUserGroupToThePrimary() throws IOException {
        Map<String, Object> result = invoke(handler(topicArn), "rotation-handoff-secondary.json");

        assertThat(result).containsEntry("status", "handed-off");
        assertThat(slackRequests).extracting(RecordedRequest::getTarget).containsExactly("/api/chat.postMessage");
    }

    @Test
    void firingWhereNoShiftStarts_doesNothing() throws IOException {
        Map<String, Object> result = invoke(handler(topicArn), event(Map.of("team", "sre", "rotation", "sre-primary",
                "scheduledTime", "2026-12-08T01:00:00Z")));

        assertThat(result).containsEntry("status", "not-due");
        assertNothingHappened();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "{\"team\":\"web\",\"rotation\":\"sre-primary\",\"scheduledTime\":\"2026-12-07T01:00:00Z\"}",
            "{\"team\":\"sre\",\"rotation\":\"web-primary\",\"scheduledTime\":\"2026-12-07T01:00:00Z\"}",
            "{\"team\":\"sre\",\"scheduledTime\":\"2026-12-07T01:00:00Z\"}",
            "{\"team\":\"SRE!\",\"rotation\":\"sre-primary\"}",
            "{\"team\":\"sre\",\"rotation\":\"sre-primary\",\"scheduledTime\":\"<aws.scheduler.scheduled-time>\"}",
            "{\"team\":\"sre\",\"rotation\":\"sre-primary\",\"scheduledTime\":42}",
            "[1,2,3]",
            "not json at all",
            "",
    })
    void badEvent_isRejectedWithAReason_andNothingHappens(String body) throws IOException {
        Map<String, Object> result = invokeRaw(handler(topicArn), body);

        assertThat(result).containsEntry("status", "rejected");
        assertThat((String) result.get("reason")).isNotBlank();
        assertNothingHappened();
    }

    private void assertNothingHappened() {
        assertThat(slackRequests).isEmpty();
        assertThat(SnsNotifications.from(aws.moto().orElseThrow().dataJson())).isEmpty();
        assertThat(events.drain()).isEmpty();
        assertThat(aws.dynamo().scan(r -> r.tableName(aws.tableName())).items()).isEmpty();
    }

    private RotationHandoffHandler handler(String topic) {
        RotationHandoff handoff = new RotationHandoff(config,
                new EffectiveOnCall(new DynamoScheduleChangeStore(clients.dynamoDb(), aws.tableName())),
                new DynamoHandoffLedger(clients.dynamoDb(), aws.tableName()),
                new DynamoAttendanceStore(clients.dynamoDb(), aws.tableName()),
                IncidentHistory.none(),
                new SlackWebApi(slackServer.url("/api/").uri(), "xoxb-test"),
                new SnsTopic(clients.configure(SnsClient.builder()).build(), topic),
                new EventBus(clients.configure(EventBridgeClient.builder()).build(), BUS));
        return new RotationHandoffHandler(handoff, clock);
    }

    private static void assertSlackCall(RecordedRequest request, String path, Map<String, Object> body) {
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo(path);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer xoxb-test");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(json(request)).isEqualTo(body);
    }

    private static Map<String, Object> json(RecordedRequest request) {
        try {
            return JSON.std.mapFrom(request.getBody().utf8());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String event(Map<String, Object> fields) throws IOException {
        return JSON.std.asString(fields);
    }

    private Map<String, Object> invoke(RotationHandoffHandler handler, String eventFileOrJson) throws IOException {
        String body = eventFileOrJson.endsWith(".json") ? RepoFiles.read("events/" + eventFileOrJson) : eventFileOrJson;
        return invokeRaw(handler, body);
    }

    private Map<String, Object> invokeRaw(RotationHandoffHandler handler, String body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), out, null);
        return JSON.std.mapFrom(out.toByteArray());
    }
}
