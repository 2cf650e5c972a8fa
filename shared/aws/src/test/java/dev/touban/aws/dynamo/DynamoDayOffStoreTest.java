package dev.touban.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.domain.labor.DayOff;
import dev.touban.domain.labor.DayOffKind;
import dev.touban.domain.labor.DayOffStore.Outcome;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@ExtendWith(EmulatorExtension.class)
class DynamoDayOffStoreTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant FRI = Instant.parse("2026-11-27T01:00:00Z");

    private DynamoDayOffStore store;
    private DynamoDbClient dynamo;

    @BeforeEach
    void setUp(Emulated aws) {
        AwsClients clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        store = new DynamoDayOffStore(clients.dynamoDb(), aws.tableName());
        dynamo = aws.dynamo();
    }

    @AfterEach
    void tearDown() {
        dynamo.close();
    }

    private static DayOff swap(String member, String worked, String off) {
        return DayOff.record(member, "sre", LocalDate.parse(worked), LocalDate.parse(off), FRI, member, TOKYO);
    }

    @Test
    void record_storesOnce_readsBackByWorkedDay_andASecondForTheSameDaySeesTheFirst() {
        DayOff first = swap("alice", "2026-11-29", "2026-12-02");
        assertThat(store.record(first, "r1", "recorded")).isInstanceOf(Outcome.Recorded.class);

        Outcome second = store.record(swap("alice", "2026-11-29", "2026-12-03"), "r2", "again");

        assertThat(second).isEqualTo(new Outcome.AlreadyRecorded(first));
        assertThat(store.dayOffs("sre", LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"))).containsExactly(first);
        assertThat(first.kind()).isEqualTo(DayOffKind.SWAP);
    }

    @Test
    void record_retriedRequest_replaysTheFirstAnswer_andStoresNothingMore() {
        assertThat(store.record(swap("alice", "2026-11-29", "2026-12-02"), "r1", "first answer")).isInstanceOf(Outcome.Recorded.class);

        Outcome retry = store.record(swap("alice", "2026-11-29", "2026-12-02"), "r1", "second answer");

        assertThat(retry).isEqualTo(new Outcome.Repeated("first answer"));
        assertThat(store.dayOffs("sre", LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-31"))).hasSize(1);
    }

    @Test
    void dayOffs_includeBothEndDays_andNoOtherTeam() {
        store.record(swap("alice", "2026-11-28", "2026-12-02"), "r1", "a");
        store.record(swap("bob", "2026-11-29", "2026-12-03"), "r2", "b");
        store.record(swap("carol", "2026-11-30", "2026-12-04"), "r3", "c");
        store.record(DayOff.record("dave", "ops", LocalDate.parse("2026-11-29"), LocalDate.parse("2026-12-02"), FRI, "dave", TOKYO), "r4", "d");

        assertThat(store.dayOffs("sre", LocalDate.parse("2026-11-29"), LocalDate.parse("2026-11-30")))
                .extracting(DayOff::memberId).containsExactly("bob", "carol");
    }
}
