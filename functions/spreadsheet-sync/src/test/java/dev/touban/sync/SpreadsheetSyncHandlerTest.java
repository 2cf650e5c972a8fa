package dev.touban.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoAttendanceStore;
import dev.touban.aws.dynamo.DynamoExportRequests;
import dev.touban.aws.dynamo.DynamoDayOffStore;
import dev.touban.aws.dynamo.DynamoIncidentStore;
import dev.touban.domain.attendance.AttendanceRecord;
import dev.touban.domain.attendance.CheckIn;
import dev.touban.domain.export.ExportRequest;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.labor.DayOff;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import dev.touban.domain.incident.TimelineEntry;
import dev.touban.domain.incident.TimelineEntry.Kind;
import dev.touban.domain.slack.ResponseUrl;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MutableClock;
import dev.touban.testing.RepoFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

@ExtendWith(EmulatorExtension.class)
class SpreadsheetSyncHandlerTest {
    private static final String BUCKET = "touban-exports-test";
    private static final String PREFIX = "exports/sre/2026-11/";
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:05:00Z"));
    private final TestKeys keys = new TestKeys();
    private final List<Map<String, Object>> slackAnswers = new CopyOnWriteArrayList<>();
    private final AtomicInteger requestIds = new AtomicInteger();
    private MockWebServer slack;
    private MockWebServer googleServer;
    private FakeGoogle google;
    private S3Client s3;
    private SecretsManagerClient secrets;
    private DynamoAttendanceStore attendance;
    private DynamoDbClient dynamo;
    private String table;
    private SpreadsheetSyncHandler handler;

    @BeforeEach
    void setUp(Emulated aws) throws Exception {
        slack = new MockWebServer();
        slack.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                try {
                    slackAnswers.add(JSON.std.mapFrom(request.getBody().utf8()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                return new MockResponse.Builder().code(200).body("ok").build();
            }
        });
        slack.start();
        google = new FakeGoogle(keys.pair.getPublic(), TestKeys.CLIENT_EMAIL);
        googleServer = new MockWebServer();
        googleServer.setDispatcher(google);
        googleServer.start();

        AwsClients clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        s3 = clients.configure(S3Client.builder()).forcePathStyle(true).build();
        s3.createBucket(b -> b.bucket(BUCKET));
        s3.putBucketVersioning(v -> v.bucket(BUCKET).versioningConfiguration(c -> c.status(BucketVersioningStatus.ENABLED)));
        s3.putBucketEncryption(e -> e.bucket(BUCKET).serverSideEncryptionConfiguration(c -> c.rules(r -> r.applyServerSideEncryptionByDefault(
                d -> d.sseAlgorithm(ServerSideEncryption.AES256)))));
        secrets = clients.configure(SecretsManagerClient.builder()).build();
        secrets.createSecret(c -> c.name("touban/google-sheets").secretString(keys.json(googleServer.url("/token").toString())));
        attendance = new DynamoAttendanceStore(clients.dynamoDb(), aws.tableName());
        dynamo = clients.dynamoDb();
        table = aws.tableName();

        Map<String, String> env = new HashMap<>();
        env.put("TOUBAN_AWS_ENDPOINT", aws.endpoint().toString());
        env.put("AWS_REGION", aws.region().id());
        env.put("TABLE_NAME", aws.tableName());
        env.put("EXPORT_BUCKET", BUCKET);
        env.put("EXPORT_LINK_TTL", "PT1H");
        env.put("TOUBAN_CONFIG", Path.of(getClass().getResource("/oncall-sync-test.yaml").toURI()).toString());
        env.put("GOOGLE_SHEETS_BASE", googleServer.url("/").toString());
        handler = new SpreadsheetSyncHandler(SpreadsheetSyncHandler.wire(env, clock, ResponseUrl.slackOrLocal(slackEndpoint())), clock);
    }

    @AfterEach
    void tearDown() {
        slack.close();
        googleServer.close();
    }

    @Test
    void requested_writesWorkbookAndCsvsUnderTheMonth_mirrorsToTheSheet_andAnswersWithALink() throws Exception {
        clockedIn("alice", "2026-11-21T10:00", "2026-11-21T15:30");

        Map<String, Object> result = invoke(requested(Map.of()));

        assertThat(result).containsEntry("status", "exported");
        assertThat(keys()).containsExactlyInAnyOrder(PREFIX + "touban-sre-2026-11.xlsx", PREFIX + "sre-2026-11-summary.csv",
                PREFIX + "sre-2026-11-comp-days.csv", PREFIX + "sre-2026-11-shifts.csv", PREFIX + "sre-2026-11-attendance.csv",
                PREFIX + "sre-2026-11-incidents.csv", PREFIX + "sre-2026-11-notes.csv", PREFIX + "sre-2026-11-health.csv",
                PREFIX + "sre-2026-11-health-trace.csv", PREFIX + "sre-2026-11-labor-summary.csv", PREFIX + "sre-2026-11-labor-trace.csv",
                PREFIX + "sre-2026-11-days-off.csv", PREFIX + "sre-2026-11-comp-day-balance.csv", PREFIX + "sre-2026-11-lapsing-soon.csv",
                PREFIX + "sre-2026-11-labor-notes.csv");
        assertThat(s3.headObject(h -> h.bucket(BUCKET).key(PREFIX + "touban-sre-2026-11.xlsx")).serverSideEncryption())
                .isEqualTo(ServerSideEncryption.AES256);

        byte[] summary = object(PREFIX + "sre-2026-11-summary.csv");
        assertThat(summary).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(summary, StandardCharsets.UTF_8)).contains(
                "Member,Name,Duty days,Weekend days,Holiday days,Clocked hours,Night pages,Comp days earned\r\n",
                "alice,佐藤 Alice,");

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(object(PREFIX + "touban-sre-2026-11.xlsx")),
                new ReadingOptions(true, false))) {
            assertThat(wb.getSheets().map(Sheet::getName)).containsExactly("Summary", "Comp days", "Shifts", "Attendance", "Incidents", "Notes",
                    "Health", "Health trace", "Labor summary", "Labor trace", "Days off", "Comp-day balance", "Lapsing soon", "Labor notes");
            List<Row> att = wb.findSheet("Attendance").orElseThrow().read();
            assertThat(att.get(1).getCell(2).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(att.get(1).getCellAsDate(4)).contains(LocalDateTime.of(2026, 11, 21, 10, 0));
            assertThat(att.get(1).getCellAsNumber(7)).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("5.5"));
        }

        assertThat(slackAnswers).hasSize(1);
        String text = (String) slackAnswers.getFirst().get("text");
        assertThat(text).contains("Comp-day report for *SRE*, 2026-11", "touban-sre-2026-11.xlsx> (link valid 1 h)",
                "s3://" + BUCKET + "/" + PREFIX, "Google Sheet: <https://docs.google.com/spreadsheets/d/1TestSheetAbCdEfGh|tab 2026-11>");
        URL link = URI.create(text.substring(text.indexOf("<http") + 1, text.indexOf('|'))).toURL();
        assertThat(link.getQuery()).contains("X-Amz-Expires=3600", "X-Amz-Signature=");
        try (InputStream in = link.openStream()) {
            assertThat(ReadableWorkbook.isOOXMLZipHeader(in.readNBytes(8))).isTrue();
        }
        assertThat(google.tab("2026-11").get(2)).startsWith("alice", "佐藤 Alice");
    }

    /**
     * Saturday 28 November 03:00 in Tokyo, Alice is primary (config: alice and bob weekly from
     * 2026-01-05): paged on Slack and SMS, she acknowledges in 4 minutes and resolves at 03:30.
     * November's duty: Alice 370 h, Bob 350 h, so her one page against the team's one in 720 h is 1.95.
     */
    @Test
    void requested_healthSheets_giveEachPersonsFigures_andTheTraceOfEach() throws Exception {
        DynamoIncidentStore incidents = new DynamoIncidentStore(dynamo, table);
        Instant t = LocalDateTime.parse("2026-11-28T03:00").atZone(TOKYO).toInstant();
        long n = incidents.trigger(new NewIncident("web", "=HYPERLINK(\"http://x\")", "web", "sre", "sre-default",
                Alert.simple("Disk full", "db-1", Severity.CRITICAL)), t).incident().number();
        incidents.record(n, TimelineEntry.of(t, Kind.ESCALATED, null, "tier 1 of 1"));
        incidents.record(n, TimelineEntry.page(t, true, "slack", "佐藤 Alice", "ts"));
        incidents.record(n, TimelineEntry.page(t, true, "sms", "佐藤 Alice", "sms"));
        incidents.acknowledge(n, Actor.member("alice", "佐藤 Alice", "slack"), t.plusSeconds(240));
        incidents.resolve(n, Actor.member("alice", "佐藤 Alice", "slack"), t.plusSeconds(1800));

        invoke(requested(Map.of()));

        String health = new String(object(PREFIX + "sre-2026-11-health.csv"), StandardCharsets.UTF_8);
        assertThat(health).contains("Member,Name,Incidents,Pages,MTTA median (min),MTTA p90 (min),MTTR median (min),MTTR p90 (min),"
                + "Acknowledged,Escalated past tier 1,Night pages (22-05),Weekend pages,Holiday pages,Duty hours,Pages per duty hour,"
                + "Fairness (1.00 = even),Noisiest service\r\n"
                + "(team),SRE,1,1,4.0,4.0,30.0,30.0,1,0,1,1,0,720.00,0.0014,,\r\n"
                + "alice,佐藤 Alice,1,1,4.0,4.0,30.0,30.0,1,0,1,1,0,370.00,0.0027,1.95,web\r\n"
                + "bob,Bob Tanaka,0,0,,,,,0,0,0,0,0,350.00,0.0000,0.00,\r\n");
        String trace = new String(object(PREFIX + "sre-2026-11-health-trace.csv"), StandardCharsets.UTF_8);
        assertThat(trace).contains(
                "alice,佐藤 Alice,pages,1,2026-11-28 03:00,#1 step 1 via slack+sms at Sat 2026-11-28 03:00 Asia/Tokyo\r\n",
                "alice,佐藤 Alice,night pages,1,2026-11-28 03:00,#1 Sat 2026-11-28 03:00 Asia/Tokyo is between 22:00 and 05:00\r\n",
                "alice,佐藤 Alice,MTTA,1,2026-11-28 03:04,#1 4 min from their first page to acknowledgement\r\n",
                "alice,佐藤 Alice,fairness,,2026-11-01 00:00,1 page / 370.00 duty h = 0.0027 per h; team 1 / 720.00 h = 0.0014 per h; ratio 1.95\r\n",
                "(team),SRE,incidents,1,2026-11-28 03:00,\"#1 web / =HYPERLINK(\"\"http://x\"\") triggered Sat 2026-11-28 03:00\"\r\n");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(object(PREFIX + "touban-sre-2026-11.xlsx")),
                new ReadingOptions(true, false))) {
            List<Row> rows = wb.findSheet("Health").orElseThrow().read();
            assertThat(rows.get(2).getCellAsString(0)).contains("alice");
            assertThat(rows.get(2).getCellAsNumber(15)).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("1.95"));
            assertThat(rows.get(2).getCellAsNumber(4)).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("4.0"));
        }
    }

    /** A day off recorded in the table reaches the Days off sheet; the clocked Saturday is ordinary call-out work. */
    @Test
    void requested_laborSheets_readDaysOffFromTheTable() throws Exception {
        clockedIn("alice", "2026-11-21T10:00", "2026-11-21T15:30");
        new DynamoDayOffStore(dynamo, table).record(DayOff.record("alice", "sre", java.time.LocalDate.parse("2026-11-29"),
                java.time.LocalDate.parse("2026-12-02"), Instant.parse("2026-11-20T01:00:00Z"), "alice", TOKYO), "r-dayoff", "ok");

        invoke(requested(Map.of()));

        assertThat(new String(object(PREFIX + "sre-2026-11-days-off.csv"), StandardCharsets.UTF_8))
                .contains("alice,佐藤 Alice,2026-11-29,2026-12-02,振替休日 (swapped in advance),2026-11-20 10:00,佐藤 Alice,0,no,");
        assertThat(new String(object(PREFIX + "sre-2026-11-labor-trace.csv"), StandardCharsets.UTF_8))
                .contains("alice,佐藤 Alice,call-out work (min),2026-11-21,2026-11-21 10:00,2026-11-21 15:30,330,ordinary,,");
    }

    @Test
    void requested_twice_replacesTheMonthsFiles_neverDuplicatingRows() throws Exception {
        clockedIn("alice", "2026-11-21T10:00", "2026-11-21T15:30");
        invoke(requested(Map.of()));
        String firstSummary = new String(object(PREFIX + "sre-2026-11-summary.csv"), StandardCharsets.UTF_8);
        List<List<Object>> firstTab = List.copyOf(google.tab("2026-11"));

        invoke(requested(Map.of()));

        assertThat(keys()).hasSize(15);
        assertThat(s3.listObjectVersions(v -> v.bucket(BUCKET).prefix(PREFIX)).versions()).hasSize(30);
        assertThat(new String(object(PREFIX + "sre-2026-11-summary.csv"), StandardCharsets.UTF_8)).isEqualTo(firstSummary);
        assertThat(google.tab("2026-11")).isEqualTo(firstTab);
        assertThat(google.tabs).containsOnlyKeys("Sheet1", "2026-11");
        assertThat(slackAnswers).hasSize(2);
    }

    @Test
    void requested_dropsAnOlderFileOfTheSameMonth_andLeavesOtherMonthsAlone() throws Exception {
        s3.putObject(p -> p.bucket(BUCKET).key(PREFIX + "sre-2026-11-old-layout.csv"), RequestBody.fromString("stale"));
        s3.putObject(p -> p.bucket(BUCKET).key("exports/sre/2026-10/touban-sre-2026-10.xlsx"), RequestBody.fromString("october"));

        invoke(requested(Map.of()));

        assertThat(keys()).doesNotContain(PREFIX + "sre-2026-11-old-layout.csv").contains("exports/sre/2026-10/touban-sre-2026-10.xlsx");
    }

    @Test
    void requested_futureMonth_isAnsweredAndWritesNothing() throws Exception {
        Map<String, Object> result = invoke(requested(Map.of("month", "2027-01")));

        assertThat(result).containsEntry("status", "rejected");
        assertThat(keys()).isEmpty();
        assertThat(slackAnswers).extracting(a -> a.get("text"))
                .containsExactly(":no_entry: 2027-01 cannot be exported: it has not happened yet. Nothing was exported.");
        assertThat(google.calls).isEmpty();
    }

    @Test
    void requested_byANonAdmin_isAnsweredAndWritesNothing() throws Exception {
        Map<String, Object> result = invoke(requested(Map.of("requestedBy", "bob")));

        assertThat(result).containsEntry("status", "rejected");
        assertThat(keys()).isEmpty();
        assertThat(slackAnswers).extracting(a -> a.get("text"))
                .containsExactly(":no_entry: Only SRE's admins may export. Nothing was exported.");
    }

    @Test
    void requested_unknownTeam_writesNothing() throws Exception {
        assertThat(invoke(requested(Map.of("teamId", "ghosts")))).containsEntry("status", "rejected");

        assertThat(keys()).isEmpty();
        assertThat(slackAnswers).extracting(a -> a.get("text"))
                .containsExactly(":no_entry: Team `ghosts` is not in oncall.yaml. Nothing was exported.");
    }

    @Test
    void requested_byAnAdminOfAnotherTeam_orSomeoneOutsideTheRoster_isRefused_andWritesNothing() throws Exception {
        assertThat(invoke(requested(Map.of("requestedBy", "dave")))).containsEntry("status", "rejected");
        assertThat(invoke(requested(Map.of("requestedBy", "mallory")))).containsEntry("status", "rejected");

        assertThat(keys()).isEmpty();
        assertThat(google.calls).isEmpty();
        assertThat(slackAnswers).extracting(a -> a.get("text")).containsOnly(":no_entry: Only SRE's admins may export. Nothing was exported.");
    }

    /** Whoever can put an event names at most a request id: a forged requester and response_url in the event are never read. */
    @Test
    void requested_eventNamingNoRecordedRequest_isRefused_postsNothing_andWritesNothing() throws Exception {
        Map<String, Object> forged = JSON.std.mapFrom(RepoFiles.read("events/spreadsheet-sync-requested.json"));
        forged.put("detail", Map.of("teamId", "sre", "month", "2026-11", "requestedBy", "alice",
                "responseUrl", slack.url("/commands/T0TOUBAN/1/forged").toString(), "requestId", "slack-command:forged"));

        Map<String, Object> result = invoke(JSON.std.asString(forged));

        assertThat(result).containsEntry("status", "rejected");
        assertThat(result.get("reason").toString()).startsWith("no export request slack-command:forged is recorded");
        assertThat(invoke(event(Map.of("requestId", "../../etc")))).containsEntry("status", "rejected");
        assertThat(invoke(event(Map.of()))).containsEntry("status", "rejected");
        assertThat(keys()).isEmpty();
        assertThat(slackAnswers).isEmpty();
        assertThat(google.calls).isEmpty();
    }

    @Test
    void requested_recordWhoseResponseUrlIsNotSlacks_isRefused_postsNothing_andWritesNothing() throws Exception {
        assertThat(invoke(requested(Map.of("responseUrl", "https://attacker.example/steal")))).containsEntry("reason",
                "the request has no usable response_url");
        assertThat(invoke(requested(Map.of("responseUrl", "http://127.0.0.1:9001/2018-06-01/runtime/invocation/next"))))
                .containsEntry("reason", "the request has no usable response_url");

        assertThat(keys()).isEmpty();
        assertThat(slackAnswers).isEmpty();
    }

    @Test
    void unknownEvent_isRejected_andWritesNothing() throws Exception {
        Map<String, Object> result = invoke("{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\",\"detail\":{}}");

        assertThat(result.get("reason").toString()).startsWith("not an export event");
        assertThat(keys()).isEmpty();
    }

    @Test
    void monthly_exportsThePreviousMonthForEveryTeam() throws Exception {
        Map<String, Object> result = invoke(RepoFiles.read("events/spreadsheet-sync-monthly.json"));

        assertThat(result).containsEntry("status", "exported");
        assertThat(keys()).contains(PREFIX + "touban-sre-2026-11.xlsx", "exports/web/2026-11/touban-web-2026-11.xlsx");
        assertThat(slackAnswers).isEmpty();
        // 2026-12-01 09:05 in Tokyo is still November 30 in Los Angeles: that team's month is marked partial.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> exports = (List<Map<String, Object>>) result.get("exports");
        assertThat(exports).extracting(e -> e.get("team") + ":" + e.get("partial")).containsExactly("sre:false", "web:true");
    }

    @Test
    void requested_whenTheSheetCannotBeWritten_saysSoInSlack_andDoesNotThrow() throws Exception {
        secrets.deleteSecret(d -> d.secretId("touban/google-sheets").forceDeleteWithoutRecovery(true));

        Map<String, Object> result = invoke(requested(Map.of()));

        assertThat(result).containsEntry("status", "failed");
        assertThat((String) slackAnswers.getFirst().get("text")).startsWith(":warning: The export of 2026-11 for SRE failed:")
                .endsWith("Run `/oncall export 2026-11` again; it replaces whatever was written.");
    }

    @Test
    void monthly_whenATeamFails_throwsSoTheScheduleRetries() {
        secrets.deleteSecret(d -> d.secretId("touban/google-sheets").forceDeleteWithoutRecovery(true));

        assertThatThrownBy(() -> invoke(RepoFiles.read("events/spreadsheet-sync-monthly.json")))
                .hasMessageStartingWith("monthly export of 2026-11 failed for [sre:");
    }

    /** Records a request as the webhook does (alice exports SRE's November, answered to the Slack recorder), with changes; the event names it. */
    private String requested(Map<String, String> changes) throws IOException {
        Map<String, String> r = new HashMap<>(Map.of("teamId", "sre", "month", "2026-11", "requestedBy", "alice",
                "responseUrl", slack.url("/commands/T0TOUBAN/1/abc").toString().replace("localhost", "127.0.0.1")));
        r.putAll(changes);
        String id = "slack-command:test-" + requestIds.incrementAndGet();
        new DynamoExportRequests(() -> dynamo, table).record(new ExportRequest(r.get("teamId"), YearMonth.parse(r.get("month")),
                r.get("requestedBy"), r.get("responseUrl"), id), clock.instant());
        return event(Map.of("requestId", id));
    }

    private String event(Map<String, Object> detail) throws IOException {
        Map<String, Object> event = JSON.std.mapFrom(RepoFiles.read("events/spreadsheet-sync-requested.json"));
        event.put("detail", detail);
        return JSON.std.asString(event);
    }

    private URI slackEndpoint() {
        return URI.create(slack.url("/commands").toString().replace("localhost", "127.0.0.1"));
    }

    private Map<String, Object> invoke(String event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return JSON.std.mapFrom(out.toByteArray());
    }

    private void clockedIn(String member, String from, String to) {
        CheckIn in = new CheckIn(member, "sre", LocalDateTime.parse(from).atZone(TOKYO).toInstant(), null);
        attendance.clockIn(in, "in-" + from, "in");
        attendance.clockOut(in, AttendanceRecord.close(in, LocalDateTime.parse(to).atZone(TOKYO).toInstant(), TOKYO), "out-" + from, "out");
    }

    private List<String> keys() {
        return s3.listObjectsV2Paginator(l -> l.bucket(BUCKET)).contents().stream().map(S3Object::key).toList();
    }

    private byte[] object(String key) {
        return s3.getObjectAsBytes(g -> g.bucket(BUCKET).key(key)).asByteArray();
    }
}
