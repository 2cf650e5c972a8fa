package dev.touban.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.domain.attendance.AttendanceRecord;
import dev.touban.domain.attendance.AttendanceStore.ClockInOutcome;
import dev.touban.domain.attendance.AttendanceStore.ClockOutOutcome;
import dev.touban.domain.attendance.CheckIn;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(EmulatorExtension.class)
class DynamoAttendanceStoreTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant SAT_10 = Instant.parse("2026-11-28T01:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    private DynamoAttendanceStore store;
    private DynamoDbClient dynamo;
    private String table;

    @BeforeEach
    void setUp(Emulated aws) {
        AwsClients clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        store = new DynamoAttendanceStore(clients.dynamoDb(), aws.tableName());
        dynamo = aws.dynamo();
        table = aws.tableName();
    }

    @AfterEach
    void tearDown() {
        dynamo.close();
    }

    @Test
    void clockIn_opensOnce_andSecondClockInSeesTheFirst() {
        CheckIn first = new CheckIn("alice", "sre", SAT_10, "weekend");
        assertThat(store.clockIn(first, "r1", "in")).isInstanceOf(ClockInOutcome.Opened.class);

        ClockInOutcome second = store.clockIn(new CheckIn("alice", "sre", SAT_10.plusSeconds(60), null), "r2", "in again");

        assertThat(second).isEqualTo(new ClockInOutcome.AlreadyOpen(first));
    }

    @Test
    void clockIn_repeatedRequest_replaysTheFirstAnswer() {
        store.clockIn(new CheckIn("alice", "sre", SAT_10, null), "r1", "first answer");

        ClockInOutcome retry = store.clockIn(new CheckIn("alice", "sre", SAT_10.plusSeconds(2), null), "r1", "second answer");

        assertThat(retry).isEqualTo(new ClockInOutcome.Repeated("first answer"));
    }

    @Test
    void clockOut_closesIntoAttendance_andARetryChangesNothing() {
        CheckIn open = new CheckIn("alice", "sre", SAT_10, "weekend");
        store.clockIn(open, "r1", "in");
        AttendanceRecord record = AttendanceRecord.close(open, SAT_10.plusSeconds(3 * 3600), TOKYO);

        assertThat(store.clockOut(open, record, "r2", "out 3h")).isInstanceOf(ClockOutOutcome.Closed.class);
        assertThat(store.clockOut(open, record, "r2", "out again")).isEqualTo(new ClockOutOutcome.Repeated("out 3h"));
        assertThat(store.clockOut(open, record, "r3", "other")).isInstanceOf(ClockOutOutcome.NotOpen.class);

        assertThat(store.openCheckIn("alice")).isEmpty();
        assertThat(store.attendance("sre", SAT_10.minusSeconds(1), SAT_10.plusSeconds(86400))).containsExactly(record);
        assertThat(record.weekend()).isTrue();
    }

    @Test
    void openCheckIn_isEmpty_forAMemberWhoNeverClockedIn() {
        assertThat(store.openCheckIn("nobody")).isEmpty();
    }

    @Test
    void openCheckIn_returnsWhatWasStored_withAndWithoutANote() {
        store.clockIn(new CheckIn("alice", "sre", SAT_10, "週末 standby"), "r1", "in");
        store.clockIn(new CheckIn("bob", "sre", SAT_10.plusMillis(1), null), "r2", "in");

        assertThat(store.openCheckIn("alice")).contains(new CheckIn("alice", "sre", SAT_10, "週末 standby"));
        assertThat(store.openCheckIn("bob")).contains(new CheckIn("bob", "sre", SAT_10.plusMillis(1), null));
    }

    @Test
    void clockIn_ofDifferentMembers_areIndependent() {
        assertThat(store.clockIn(new CheckIn("alice", "sre", SAT_10, null), "r1", "a")).isInstanceOf(ClockInOutcome.Opened.class);
        assertThat(store.clockIn(new CheckIn("bob", "sre", SAT_10, null), "r2", "b")).isInstanceOf(ClockInOutcome.Opened.class);
    }

    @Test
    void clockIn_alreadyOpen_writesNothing() {
        store.clockIn(new CheckIn("alice", "sre", SAT_10, "first"), "r1", "in");
        List<Map<String, AttributeValue>> before = scan();

        store.clockIn(new CheckIn("alice", "sre", SAT_10.plus(HOUR), "second"), "r2", "in again");

        assertThat(scan()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void clockIn_retriedAfterTheCheckInWasClosed_replaysAndOpensNothing() {
        CheckIn open = new CheckIn("alice", "sre", SAT_10, null);
        store.clockIn(open, "hello-1", "clocked in at 10:00");
        store.clockOut(open, AttendanceRecord.close(open, SAT_10.plus(HOUR), TOKYO), "bye-1", "out");

        ClockInOutcome late = store.clockIn(new CheckIn("alice", "sre", SAT_10.plus(HOUR.multipliedBy(2)), null), "hello-1", "again");

        assertThat(late).isEqualTo(new ClockInOutcome.Repeated("clocked in at 10:00"));
        assertThat(store.openCheckIn("alice")).isEmpty();
    }

    @Test
    void clockOut_withNothingOpen_isNotOpen_andWritesNothing() {
        CheckIn never = new CheckIn("alice", "sre", SAT_10, null);

        ClockOutOutcome outcome = store.clockOut(never, AttendanceRecord.close(never, SAT_10.plus(HOUR), TOKYO), "r1", "out");

        assertThat(outcome).isInstanceOf(ClockOutOutcome.NotOpen.class);
        assertThat(scan()).isEmpty();
        assertThat(store.earlierAnswer("r1")).isEmpty();
    }

    @Test
    void clockOut_ofAnOlderCheckIn_leavesTheCurrentOneOpen() {
        CheckIn morning = new CheckIn("alice", "sre", SAT_10, "morning");
        store.clockIn(morning, "in-1", "in");
        store.clockOut(morning, AttendanceRecord.close(morning, SAT_10.plus(HOUR), TOKYO), "out-1", "out");
        CheckIn evening = new CheckIn("alice", "sre", SAT_10.plus(HOUR.multipliedBy(8)), "evening");
        store.clockIn(evening, "in-2", "in");

        // A delayed close of the morning check-in, under a new request key, must not close the evening one.
        ClockOutOutcome stale = store.clockOut(morning, AttendanceRecord.close(morning, SAT_10.plus(HOUR.multipliedBy(9)), TOKYO),
                "out-stale", "out");

        assertThat(stale).isInstanceOf(ClockOutOutcome.NotOpen.class);
        assertThat(store.openCheckIn("alice")).contains(evening);
        assertThat(store.attendance("sre", SAT_10, SAT_10.plus(Duration.ofDays(1))))
                .extracting(AttendanceRecord::end).containsExactly(SAT_10.plus(HOUR));
        assertThat(store.earlierAnswer("out-stale")).isEmpty();
    }

    @Test
    void clockOut_neverOverwritesAttendanceAlreadyRecordedForThatStart() {
        CheckIn open = new CheckIn("alice", "sre", SAT_10, "first");
        store.clockIn(open, "in-1", "in");
        AttendanceRecord first = AttendanceRecord.close(open, SAT_10.plus(HOUR), TOKYO);
        store.clockOut(open, first, "out-1", "out");
        CheckIn sameStart = new CheckIn("alice", "sre", SAT_10, "second");
        store.clockIn(sameStart, "in-2", "in");

        ClockOutOutcome outcome = store.clockOut(sameStart, AttendanceRecord.close(sameStart, SAT_10.plus(HOUR.multipliedBy(5)), TOKYO),
                "out-2", "out");

        assertThat(outcome).isInstanceOf(ClockOutOutcome.NotOpen.class);
        assertThat(store.attendance("sre", SAT_10, SAT_10.plus(Duration.ofDays(1)))).containsExactly(first);
        assertThat(store.openCheckIn("alice")).contains(sameStart);
    }

    @Test
    void clockOut_storesWhatHrNeeds() {
        CheckIn open = new CheckIn("alice", "sre", SAT_10, "weekend standby");
        store.clockIn(open, "in", "in");
        store.clockOut(open, AttendanceRecord.close(open, SAT_10.plus(Duration.ofMinutes(150)), TOKYO), "out", "out");

        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(TableKeys.attendance("sre", SAT_10, "alice"))).item();

        assertThat(item.get("type").s()).isEqualTo("ATTENDANCE");
        assertThat(item.get("memberId").s()).isEqualTo("alice");
        assertThat(item.get("teamId").s()).isEqualTo("sre");
        assertThat(item.get("start").s()).isEqualTo("2026-11-28T01:00:00.000Z");
        assertThat(item.get("end").s()).isEqualTo("2026-11-28T03:30:00.000Z");
        assertThat(item.get("durationSeconds").n()).isEqualTo("9000");
        assertThat(item.get("day").s()).isEqualTo("2026-11-28");
        assertThat(item.get("weekend").bool()).isTrue();
        assertThat(item.get("note").s()).isEqualTo("weekend standby");
    }

    @Test
    void closedAttendance_isFoundByMemberThroughGsi1() {
        CheckIn open = new CheckIn("alice", "sre", SAT_10, null);
        store.clockIn(open, "in", "in");
        store.clockOut(open, AttendanceRecord.close(open, SAT_10.plus(HOUR), TOKYO), "out", "out");

        List<Map<String, AttributeValue>> byMember = dynamo.query(q -> q.tableName(table).indexName(TableKeys.GSI1)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :attendance)")
                .expressionAttributeNames(Map.of("#pk", TableKeys.GSI1_PK, "#sk", TableKeys.GSI1_SK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("MEMBER#alice"), ":attendance", AttributeValue.fromS("ATTENDANCE#"))))
                .items();

        assertThat(byMember).singleElement().satisfies(item -> assertThat(item.get("start").s()).isEqualTo("2026-11-28T01:00:00.000Z"));
    }

    @Test
    void earlierAnswer_isEmptyForAnUnknownKey_andRemembersAnswersForADay() {
        store.clockIn(new CheckIn("alice", "sre", SAT_10, null), "r1", "the answer");

        assertThat(store.earlierAnswer("r1")).contains("the answer");
        assertThat(store.earlierAnswer("r2")).isEmpty();
        Map<String, AttributeValue> request = dynamo.getItem(r -> r.tableName(table).key(TableKeys.request("r1"))).item();
        assertThat(Long.parseLong(request.get(TableKeys.TTL).n())).isEqualTo(SAT_10.plus(Duration.ofDays(1)).getEpochSecond());
    }

    @Test
    void attendance_includesStartsAtFrom_excludesStartsAtTo_andIsOldestFirst() {
        Instant from = SAT_10;
        Instant to = SAT_10.plus(Duration.ofDays(1));
        close("alice", "sre", from.minusMillis(1));
        close("bob", "sre", to.minusMillis(1));
        close("alice", "sre", from);
        close("carol", "sre", to);
        close("dave", "sre", from.plus(HOUR));
        close("bob", "sre", from);

        List<AttendanceRecord> found = store.attendance("sre", from, to);

        assertThat(found).extracting(r -> r.memberId() + "@" + r.start())
                .containsExactly("alice@" + from, "bob@" + from, "dave@" + from.plus(HOUR), "bob@" + to.minusMillis(1));
    }

    @Test
    void attendance_isPerTeam() {
        close("alice", "sre", SAT_10);
        close("bob", "db", SAT_10);

        assertThat(store.attendance("sre", SAT_10, SAT_10.plus(HOUR))).extracting(AttendanceRecord::memberId).containsExactly("alice");
        assertThat(store.attendance("db", SAT_10, SAT_10.plus(HOUR))).extracting(AttendanceRecord::memberId).containsExactly("bob");
        assertThat(store.attendance("web", SAT_10, SAT_10.plus(HOUR))).isEmpty();
    }

    @Test
    void twentySimultaneousClockIns_ofOneMember_openExactlyOne() throws Exception {
        List<ClockInOutcome> outcomes = concurrently(20,
                i -> () -> store.clockIn(new CheckIn("alice", "sre", SAT_10.plusMillis(i), "thread " + i), "request-" + i, "answer " + i));

        assertThat(outcomes).filteredOn(o -> o instanceof ClockInOutcome.Opened).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof ClockInOutcome.AlreadyOpen).hasSize(19);
        CheckIn winner = store.openCheckIn("alice").orElseThrow();
        assertThat(outcomes).filteredOn(o -> o instanceof ClockInOutcome.AlreadyOpen)
                .allSatisfy(o -> assertThat(((ClockInOutcome.AlreadyOpen) o).existing()).isEqualTo(winner));
        assertThat(scan()).filteredOn(item -> item.get("type").s().equals("REQUEST")).hasSize(1);
    }

    @Test
    void twentySimultaneousDeliveriesOfOneRequest_openOne_andAllGetTheFirstAnswer() throws Exception {
        List<ClockInOutcome> outcomes = concurrently(20,
                i -> () -> store.clockIn(new CheckIn("alice", "sre", SAT_10, null), "same-request", "answer " + i));

        assertThat(outcomes).filteredOn(o -> o instanceof ClockInOutcome.Opened).hasSize(1);
        String first = store.earlierAnswer("same-request").orElseThrow();
        assertThat(outcomes).filteredOn(o -> !(o instanceof ClockInOutcome.Opened))
                .hasSize(19)
                .allSatisfy(o -> assertThat(o).isEqualTo(new ClockInOutcome.Repeated(first)));
    }

    @Test
    void twentySimultaneousClockOuts_closeExactlyOnce() throws Exception {
        CheckIn open = new CheckIn("alice", "sre", SAT_10, null);
        store.clockIn(open, "in", "in");

        List<ClockOutOutcome> outcomes = concurrently(20,
                i -> () -> store.clockOut(open, AttendanceRecord.close(open, SAT_10.plus(HOUR).plusMillis(i), TOKYO), "out-" + i, "out " + i));

        assertThat(outcomes).filteredOn(o -> o instanceof ClockOutOutcome.Closed).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof ClockOutOutcome.NotOpen).hasSize(19);
        assertThat(store.attendance("sre", SAT_10, SAT_10.plus(Duration.ofDays(1)))).hasSize(1);
        assertThat(store.openCheckIn("alice")).isEmpty();
    }

    private void close(String member, String team, Instant start) {
        CheckIn open = new CheckIn(member, team, start, null);
        assertThat(store.clockIn(open, "in-" + member + start, "in")).isInstanceOf(ClockInOutcome.Opened.class);
        assertThat(store.clockOut(open, AttendanceRecord.close(open, start.plus(HOUR), TOKYO), "out-" + member + start, "out"))
                .isInstanceOf(ClockOutOutcome.Closed.class);
    }

    private List<Map<String, AttributeValue>> scan() {
        return dynamo.scan(r -> r.tableName(table).consistentRead(true)).items();
    }

    /** Runs n calls released at the same moment and returns their results in call order. */
    private static <T> List<T> concurrently(int n, IntFunction<Callable<T>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<T> c = call.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return c.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void suppliedClient_isNotBuiltUntilTheStoreIsUsed(Emulated aws) {
        AwsClients clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        dev.touban.aws.Lazy<software.amazon.awssdk.services.dynamodb.DynamoDbClient> client = new dev.touban.aws.Lazy<>(clients::dynamoDb);
        DynamoAttendanceStore lazyStore = new DynamoAttendanceStore(client, aws.tableName());
        assertThat(client.isBuilt()).isFalse();

        assertThat(lazyStore.openCheckIn("alice")).isEmpty();

        assertThat(client.isBuilt()).isTrue();
    }
}
