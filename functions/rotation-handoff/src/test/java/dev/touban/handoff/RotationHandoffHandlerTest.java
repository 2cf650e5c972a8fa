package dev.touban.handoff;

import dev.touban.testing.RepoFiles;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.ConfigLoader;
import static dev.touban.handoff.HandoffFixture.invoke;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.aws.dynamo.DynamoAttendanceStore;
import dev.touban.aws.dynamo.DynamoScheduleChangeStore;
import dev.touban.aws.dynamo.TableKeys;
import dev.touban.domain.attendance.AttendanceRecord;
import dev.touban.domain.attendance.CheckIn;
import dev.touban.domain.config.Layer;
import dev.touban.domain.rotation.OnCallOverride;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The handoff sweep driven by events/rotation-handoff-*.json: DynamoDB, SNS and EventBridge on
 * the emulator, Slack on a recorder whose requests are checked exactly.
 */
class RotationHandoffHandlerTest extends ExampleRosterHandoffs {
    private static final String TEXT = ":arrows_counterclockwise: *SRE primary handoff*, Mon 7 Dec 10:00 JST\n"
            + "On call now: primary *Alice Sato* (<@U01ALICE>) until Mon 14 Dec 10:00 JST; "
            + "secondary *Carol Suzuki* (<@U03CAROL>) until Mon 14 Dec 10:00 JST\n"
            + "Next: *Bob Tanaka* (<@U02BOB>) from Mon 14 Dec 10:00 JST\n"
            + "Last shift (Dave Ito, Mon 30 Nov 10:00 JST → Mon 7 Dec 10:00 JST): no incidents; no hours clocked.";

    RotationHandoffHandlerTest() {
        super(DEC_7.plusSeconds(2));
    }

    @Test
    void sweep_atAHandoff_postsToSlack_movesTheUserGroup_publishes_andRecordsBothShifts() {
        Map<String, Object> result = invoke(fx.handler(config, clock), "rotation-handoff-sweep.json");

        assertThat(result).containsEntry("status", "ok").containsEntry("rotations", 2).containsEntry("scheduledTime", "2026-12-07T01:00:00Z");
        assertThat(handoffs(result)).extracting(h -> h.get("rotation") + ":" + h.get("status"))
                .containsExactly("sre-primary:handed-off", "sre-secondary:handed-off");
        assertThat(handoffs(result).getFirst().get("shift")).isEqualTo(Map.of("index", 48, "start", "2026-12-07T01:00:00Z",
                "end", "2026-12-14T01:00:00Z", "memberId", "alice", "scheduledMemberId", "alice"));
        assertThat(fx.slack.calls()).extracting(SlackRecorder.Call::method)
                .containsExactly("chat.postMessage", "usergroups.users.update", "chat.postMessage");
        SlackRecorder.Call post = fx.slack.calls().get(0);
        assertThat(post.authorization()).isEqualTo("Bearer xoxb-test");
        assertThat(post.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(post.body()).isEqualTo(Map.of("channel", "C0ONCALL", "text", TEXT, "blocks", List.of(
                Map.of("type", "header", "text", Map.of("type", "plain_text", "text", "SRE primary handoff")),
                Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", TEXT.split("\n")[1])),
                Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", TEXT.split("\n")[2])),
                Map.of("type", "context", "elements", List.of(Map.of("type", "mrkdwn", "text", TEXT.split("\n")[3]))))));
        assertThat(fx.slack.calls().get(1).body()).isEqualTo(Map.of("usergroup", "S0ONCALL", "users", "U01ALICE"));
        assertThat((String) fx.slack.calls().get(2).body().get("text")).startsWith(":arrows_counterclockwise: *SRE secondary handoff*");

        List<Map<String, Object>> published = fx.published();
        assertThat(published).hasSize(2);
        assertThat(published.getFirst()).containsEntry("topicArn", fx.topicArn)
                .containsEntry("subject", "SRE primary handoff: Alice Sato on call from Mon 7 Dec 10:00 JST")
                .containsEntry("message", "SRE primary handoff: Alice Sato on call from Mon 7 Dec 10:00 JST\n"
                        + "On call now: primary Alice Sato until Mon 14 Dec 10:00 JST; secondary Carol Suzuki until Mon 14 Dec 10:00 JST\n"
                        + "Next: Bob Tanaka from Mon 14 Dec 10:00 JST\n"
                        + "Last shift (Dave Ito, Mon 30 Nov 10:00 JST → Mon 7 Dec 10:00 JST): no incidents; no hours clocked.");

        List<Map<String, Object>> put = fx.events.drain();
        assertThat(put).hasSize(2);
        assertThat(put.getFirst()).containsEntry("source", "touban").containsEntry("detail-type", "OnCallShiftStarted");
        assertThat(put.getFirst().get("detail")).isEqualTo(Map.ofEntries(Map.entry("team", "sre"), Map.entry("rotation", "sre-primary"),
                Map.entry("layer", "primary"), Map.entry("shift", 48), Map.entry("start", "2026-12-07T01:00:00Z"),
                Map.entry("end", "2026-12-14T01:00:00Z"), Map.entry("memberId", "alice"), Map.entry("slackUserId", "U01ALICE"),
                Map.entry("scheduledMemberId", "alice"),
                Map.entry("next", Map.of("memberId", "bob", "start", "2026-12-14T01:00:00Z")),
                Map.entry("previous", Map.of("memberId", "dave", "start", "2026-11-30T01:00:00Z", "end", "2026-12-07T01:00:00Z",
                        "incidents", 0, "clockedSeconds", 0))));

        Map<String, AttributeValue> record = fx.aws.dynamo().getItem(r -> r.tableName(fx.aws.tableName())
                .key(TableKeys.handoff("sre", "sre-primary", DEC_7, "alice"))).item();
        assertThat(record.get("memberId").s()).isEqualTo("alice");
        assertThat(record.get("shiftIndex").n()).isEqualTo("48");
        assertThat(record.get("completedAt").s()).isEqualTo("2026-12-07T01:00:02.000Z");
        assertThat(record.get("steps").m().keySet()).containsExactlyInAnyOrder("slackMessage", "slackUserGroup", "sns", "eventBridge");
        assertThat(record.get("failures").m()).isEmpty();
    }


    @Test
    void sweep_ofATeamThatReadsJapanese_postsTheHandoffInJapanese_andSnsTextInJapanese_underAnAsciiSubject() {
        OncallConfig japanese = ConfigLoader.parse("oncall.yaml", RepoFiles.read("config/oncall.example.yaml")
                .replace("    # language: ja ", "    language: ja   "));

        invoke(fx.handler(japanese, clock), "rotation-handoff-sweep.json");

        assertThat((String) fx.slack.calls().get(0).body().get("text")).isEqualTo(
                ":arrows_counterclockwise: *SRE プライマリの交代*、12月7日(月) 10:00\n"
                + "現在の当番: プライマリ *Alice Sato* (<@U01ALICE>)（12月14日(月) 10:00まで）; "
                + "セカンダリ *Carol Suzuki* (<@U03CAROL>)（12月14日(月) 10:00まで）\n"
                + "次: 12月14日(月) 10:00から*Bob Tanaka* (<@U02BOB>)\n"
                + "前のシフト（Dave Ito、11月30日(月) 10:00 → 12月7日(月) 10:00）: インシデントなし、待機の記録なし。");
        assertThat(fx.published().getFirst()).containsEntry("subject", "SRE primary handoff: Alice Sato on call from Mon 7 Dec 10:00 JST")
                .containsEntry("message", "SRE プライマリの交代: 12月7日(月) 10:00からAlice Satoが当番\n"
                        + "現在の当番: プライマリ Alice Sato（12月14日(月) 10:00まで）; セカンダリ Carol Suzuki（12月14日(月) 10:00まで）\n"
                        + "次: 12月14日(月) 10:00からBob Tanaka\n"
                        + "前のシフト（Dave Ito、11月30日(月) 10:00 → 12月7日(月) 10:00）: インシデントなし、待機の記録なし。");
    }
    @Test
    void aMemberNamedInJapanese_getsAnSnsSubjectSnsAccepts_printableAsciiWithTheirId_andTheTextKeepsTheName() {
        OncallConfig japaneseNames = ConfigLoader.parse("oncall.yaml", RepoFiles.read("config/oncall.example.yaml")
                .replace("name: Alice Sato", "name: 佐藤 アリス"));

        invoke(fx.handler(japaneseNames, clock), "rotation-handoff-sweep.json");

        Map<String, Object> published = fx.published().getFirst();
        assertThat(published).containsEntry("subject", "SRE primary handoff: alice on call from Mon 7 Dec 10:00 JST");
        assertThat((String) published.get("message")).startsWith("SRE primary handoff: 佐藤 アリス on call from Mon 7 Dec 10:00 JST\n");
    }

    @Test
    void aHandoffPost_showsTheTeamsServicesInMaintenance_theirReasonEscaped() {
        new dev.touban.aws.dynamo.DynamoMaintenanceStore(fx.clients::dynamoDb, fx.aws.tableName()).put(new dev.touban.domain.maintenance.MaintenanceWindow(
                "web", Instant.parse("2026-12-07T00:30:00Z"), Instant.parse("2026-12-07T03:00:00Z"), "db <upgrade>", "carol"));

        invoke(fx.handlerShowingMaintenance(config, clock), "rotation-handoff-sweep.json");

        Map<String, Object> post = fx.slack.calls().get(0).body();
        String line = ":construction: In maintenance (pages held until the window ends): *Web shop* until Mon 7 Dec 12:00 JST "
                + "(db &lt;upgrade&gt;, started by Carol Suzuki)";
        assertThat((String) post.get("text")).isEqualTo(TEXT + "\n" + line);
        assertThat(post.get("blocks")).asList().last().isEqualTo(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", line)));
    }

    @Test
    void laterSweeps_ofTheSameShifts_doNothing_whetherTheInstanceIsWarmOrCold() {
        RotationHandoffHandler warm = fx.handler(config, clock);
        invoke(warm, "rotation-handoff-sweep.json");
        clock.advance(Duration.ofSeconds(60));

        assertThat(invoke(warm, "rotation-handoff-sweep.json")).isEqualTo(Map.of("status", "nothing-due", "rotations", 2,
                "scheduledTime", "2026-12-07T01:00:00Z"));
        clock.advance(Duration.ofDays(3));
        assertThat(invoke(fx.handler(config, clock), "rotation-handoff-sweep.json")).containsEntry("status", "nothing-due");

        assertThat(fx.slack.calls()).hasSize(3);
        assertThat(fx.published()).hasSize(2);
        assertThat(fx.events.drain()).hasSize(2);
    }

    @Test
    void concurrentSweeps_handEachShiftOffOnce() throws Exception {
        Callable<Map<String, Object>> run = () -> invoke(fx.handler(config, clock), "rotation-handoff-sweep.json");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Object> statuses = new ArrayList<>();
        try {
            for (Future<Map<String, Object>> f : pool.invokeAll(List.of(run, run, run))) {
                for (Map<String, Object> h : handoffs(f.get())) {
                    statuses.add(h.get("rotation") + ":" + h.get("status"));
                }
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).containsOnlyOnce("sre-primary:handed-off", "sre-secondary:handed-off")
                .allMatch(s -> s.toString().matches("sre-(primary|secondary):(handed-off|busy|done-earlier)"));
        assertThat(fx.slack.calls()).hasSize(3);
        assertThat(fx.published()).hasSize(2);
        assertThat(fx.events.drain()).hasSize(2);
    }

    @Test
    void anEventNamingOneRotation_handsOffThatRotationOnly() {
        Map<String, Object> result = invoke(fx.handler(config, clock), "rotation-handoff-one-rotation.json");

        assertThat(result).containsEntry("rotations", 1);
        assertThat(handoffs(result)).extracting(h -> h.get("rotation")).containsExactly("sre-secondary");
        assertThat(fx.slack.calls()).extracting(SlackRecorder.Call::method).containsExactly("chat.postMessage");
    }

    @Test
    void afterAnOutageOfTwoWeeks_onlyTheShiftOnDutyIsHandedOff_toWhoeverIsOnCallNow() {
        invoke(fx.handler(config, clock), "rotation-handoff-sweep.json");
        Instant dec23 = Instant.parse("2026-12-23T03:00:00Z");
        new DynamoScheduleChangeStore(fx.clients.dynamoDb(), fx.aws.tableName()).add(new OnCallOverride("o2", "sre", Layer.PRIMARY, "alice",
                dec23.minus(Duration.ofDays(1)), dec23.plus(Duration.ofDays(1)), "alice", dec23.minus(Duration.ofDays(5))), "r2", "ok");
        clock.set(dec23);

        Map<String, Object> result = invoke(fx.handler(config, clock), "{\"action\":\"sweep\"}");

        assertThat(handoffs(result)).extracting(h -> shift(h).get("start"))
                .containsExactly("2026-12-21T01:00:00Z", "2026-12-21T01:00:00Z");
        assertThat(fx.handoffItems()).extracting(i -> i.get("shiftStart").s()).doesNotContain("2026-12-14T01:00:00.000Z");
        // shift 50 is carol's, but alice holds an override now: @oncall goes to alice
        assertThat(shift(handoffs(result).getFirst())).containsEntry("scheduledMemberId", "carol").containsEntry("memberId", "alice");
        assertThat(fx.slack.accepted("usergroups.users.update")).extracting(c -> c.body().get("users")).containsExactly("U01ALICE", "U01ALICE");
    }

    @Test
    void handoff_followsOverrides_andEachLayersPostReportsItsOwnLastShiftsHours() {
        new DynamoScheduleChangeStore(fx.clients.dynamoDb(), fx.aws.tableName()).add(new OnCallOverride("otest1", "sre", Layer.PRIMARY, "bob",
                DEC_7.minus(Duration.ofHours(1)), DEC_7.plus(Duration.ofDays(2)), "alice", DEC_7.minus(Duration.ofDays(3))), "r1", "ok");
        // dave was the last primary, bob the last secondary; carol was on neither layer
        clockInOut("dave", Instant.parse("2026-12-05T01:00:00Z"), Duration.ofMinutes(210), "disk alert");
        clockInOut("bob", Instant.parse("2026-12-03T12:00:00Z"), Duration.ofHours(1), "backup check");
        clockInOut("carol", Instant.parse("2026-12-04T12:00:00Z"), Duration.ofHours(2), "helping out");

        Map<String, Object> result = invoke(fx.handler(config, clock), "rotation-handoff-sweep.json");

        assertThat(shift(handoffs(result).getFirst()).get("memberId")).isEqualTo("bob");
        List<String> posts = fx.slack.posted("C0ONCALL");
        assertThat(posts.get(0)).contains("primary *Bob Tanaka* (<@U02BOB>) until Wed 9 Dec 10:00 JST (override for Alice Sato)")
                .contains("Next: *Alice Sato* (<@U01ALICE>) from Wed 9 Dec 10:00 JST")
                .endsWith("Last shift (Dave Ito, Mon 30 Nov 10:00 JST → Mon 7 Dec 10:00 JST): no incidents; clocked 3h 30m (Dave Ito 3h 30m).");
        assertThat(posts.get(1))
                .endsWith("Last shift (Bob Tanaka, Mon 30 Nov 10:00 JST → Mon 7 Dec 10:00 JST): no incidents; clocked 1h 0m (Bob Tanaka 1h 0m).");
        assertThat(fx.slack.accepted("usergroups.users.update").getFirst().body()).isEqualTo(Map.of("usergroup", "S0ONCALL", "users", "U02BOB"));
        assertThat(fx.events.drain()).extracting(e -> (Object) ((Map<?, ?>) ((Map<?, ?>) e.get("detail")).get("previous")).get("clockedSeconds"))
                .containsExactly(12600, 3600);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "{\"action\":\"sweep\",\"team\":\"web\"}",
            "{\"action\":\"sweep\",\"team\":\"sre\",\"rotation\":\"web-primary\"}",
            "{\"action\":\"sweep\",\"rotation\":\"sre-primary\"}",
            "{\"action\":\"sweep\",\"team\":\"SRE!\"}",
            "{\"action\":\"sweep\",\"team\":42}",
            "{\"action\":\"sweep\",\"scheduledTime\":\"<aws.scheduler.scheduled-time>\"}",
            "{\"action\":\"sweep\",\"scheduledTime\":42}",
            "{\"team\":\"sre\",\"rotation\":\"sre-primary\",\"scheduledTime\":\"2026-12-07T01:00:00Z\"}",
            "{\"action\":\"export\"}",
            "{}",
            "[1,2,3]",
            "not json at all",
            "",
    })
    void badOrMisconfiguredEvent_failsTheInvocationWithAReason_andNothingHappens(String body) {
        assertThatThrownBy(() -> invoke(fx.handler(config, clock), body))
                .isInstanceOf(HandoffEventRejected.class)
                .hasMessageMatching(".*(action|team|rotation|scheduledTime|JSON).*");

        assertThat(fx.slack.calls()).isEmpty();
        assertThat(fx.published()).isEmpty();
        assertThat(fx.events.drain()).isEmpty();
        assertThat(fx.items()).isEmpty();
    }

    private void clockInOut(String member, Instant start, Duration length, String note) {
        DynamoAttendanceStore attendance = new DynamoAttendanceStore(fx.clients.dynamoDb(), fx.aws.tableName());
        CheckIn in = new CheckIn(member, "sre", start, note);
        attendance.clockIn(in, member + "-in", "in");
        attendance.clockOut(in, AttendanceRecord.close(in, start.plus(length), ZoneId.of("Asia/Tokyo")), member + "-out", "out");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> shift(Map<String, Object> handoff) {
        return (Map<String, Object>) handoff.get("shift");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> handoffs(Map<String, Object> result) {
        return (List<Map<String, Object>>) result.getOrDefault("handoffs", List.of());
    }
}
