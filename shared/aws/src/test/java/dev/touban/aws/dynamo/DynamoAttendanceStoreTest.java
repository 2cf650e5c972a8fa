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
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmulatorExtension.class)
class DynamoAttendanceStoreTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant SAT_10 = Instant.parse("2026-11-28T01:00:00Z");

    private DynamoAttendanceStore store;

    @BeforeEach
    void setUp(Emulated aws) {
        AwsClients clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        store = new DynamoAttendanceStore(clients.dynamoDb(), aws.tableName());
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
    void suppliedClient_isNotBuiltUntilTheStoreIsUsed(Emulated aws) {
        AwsClients clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        dev.touban.aws.Lazy<software.amazon.awssdk.services.dynamodb.DynamoDbClient> client = new dev.touban.aws.Lazy<>(clients::dynamoDb);
        DynamoAttendanceStore lazyStore = new DynamoAttendanceStore(client, aws.tableName());
        assertThat(client.isBuilt()).isFalse();

        assertThat(lazyStore.openCheckIn("alice")).isEmpty();

        assertThat(client.isBuilt()).isTrue();
    }
}
