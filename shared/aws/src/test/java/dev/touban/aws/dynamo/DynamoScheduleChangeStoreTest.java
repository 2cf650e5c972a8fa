package dev.touban.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.domain.config.Layer;
import dev.touban.domain.rotation.OnCallOverride;
import dev.touban.domain.rotation.ScheduleChangeStore.AddOutcome;
import dev.touban.domain.rotation.ScheduleChangeStore.RemoveOutcome;
import dev.touban.domain.rotation.ShiftSwap;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmulatorExtension.class)
class DynamoScheduleChangeStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-25T06:00:00Z");
    private static final Instant DEC_29 = Instant.parse("2026-12-28T15:00:00Z");
    private static final Instant JAN_4 = Instant.parse("2027-01-03T15:00:00Z");

    private DynamoScheduleChangeStore store;
    private Emulated aws;

    @BeforeEach
    void setUp(Emulated aws) {
        this.aws = aws;
        store = new DynamoScheduleChangeStore(new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())).dynamoDb(), aws.tableName());
    }

    @Test
    void override_isStored_andFoundByTheRangesItOverlaps() {
        OnCallOverride holiday = new OnCallOverride("o1", "sre", Layer.PRIMARY, "bob", DEC_29, JAN_4, "alice", NOW);

        assertThat(store.add(holiday, "r1", "stored")).isInstanceOf(AddOutcome.Added.class);

        assertThat(store.overlapping("sre", DEC_29.minusSeconds(60), DEC_29.plusSeconds(60))).containsExactly(holiday);
        assertThat(store.overlapping("sre", JAN_4.minusSeconds(1), JAN_4.plusSeconds(60))).containsExactly(holiday);
        assertThat(store.overlapping("sre", JAN_4, JAN_4.plusSeconds(60))).isEmpty();
        assertThat(store.overlapping("sre", NOW, DEC_29)).isEmpty();
        assertThat(store.overlapping("web", DEC_29, JAN_4)).isEmpty();
        assertThat(store.find("sre", "o1")).contains(holiday);
    }

    @Test
    void swap_roundTrips_withBothRanges() {
        ShiftSwap swap = new ShiftSwap("s1", "sre", Layer.SECONDARY, "alice", DEC_29, JAN_4, "bob",
                JAN_4, JAN_4.plus(Duration.ofDays(7)), "alice", NOW);
        store.add(swap, "r1", "swapped");

        assertThat(store.overlapping("sre", JAN_4.plus(Duration.ofDays(3)), JAN_4.plus(Duration.ofDays(4)))).containsExactly(swap);
        assertThat(store.find("sre", "s1")).contains(swap);
    }

    @Test
    void add_repeatedRequest_replaysTheFirstAnswer_andStoresOneChange() {
        OnCallOverride first = new OnCallOverride("o1", "sre", Layer.PRIMARY, "bob", DEC_29, JAN_4, "alice", NOW);
        store.add(first, "r1", "first answer");

        AddOutcome retry = store.add(new OnCallOverride("o2", "sre", Layer.PRIMARY, "bob", DEC_29, JAN_4, "alice", NOW), "r1", "second");

        assertThat(retry).isEqualTo(new AddOutcome.Repeated("first answer"));
        assertThat(store.overlapping("sre", DEC_29, JAN_4)).containsExactly(first);
    }

    @Test
    void add_sameIdFromAnotherRequest_isIdTaken() {
        store.add(new OnCallOverride("o1", "sre", Layer.PRIMARY, "bob", DEC_29, JAN_4, "alice", NOW), "r1", "a");

        assertThat(store.add(new OnCallOverride("o1", "sre", Layer.PRIMARY, "carol", DEC_29, JAN_4, "alice", NOW), "r2", "b"))
                .isInstanceOf(AddOutcome.IdTaken.class);
    }

    @Test
    void add_concurrentDuplicates_storeExactlyOneChange() throws Exception {
        OnCallOverride change = new OnCallOverride("o1", "sre", Layer.PRIMARY, "bob", DEC_29, JAN_4, "alice", NOW);
        Callable<AddOutcome> add = () -> store.add(change, "same-request", "answer");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AddOutcome>> results = pool.invokeAll(List.of(add, add, add, add));
            long added = 0;
            for (Future<AddOutcome> f : results) {
                AddOutcome outcome = f.get();
                if (outcome instanceof AddOutcome.Added) {
                    added++;
                } else {
                    assertThat(outcome).isEqualTo(new AddOutcome.Repeated("answer"));
                }
            }
            assertThat(added).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(store.overlapping("sre", DEC_29, JAN_4)).hasSize(1);
    }

    @Test
    void remove_deletesOnce_retryReplays_andAnotherRequestFindsItGone() {
        OnCallOverride change = new OnCallOverride("o1", "sre", Layer.PRIMARY, "bob", DEC_29, JAN_4, "alice", NOW);
        store.add(change, "r1", "added");

        assertThat(store.remove(change, "r2", "removed")).isInstanceOf(RemoveOutcome.Removed.class);
        assertThat(store.remove(change, "r2", "again")).isEqualTo(new RemoveOutcome.Repeated("removed"));
        assertThat(store.remove(change, "r3", "other")).isInstanceOf(RemoveOutcome.Gone.class);
        assertThat(store.find("sre", "o1")).isEmpty();
    }

    @Test
    void changes_expireAYearAfterTheyEnd() {
        store.add(new OnCallOverride("o1", "sre", Layer.PRIMARY, "bob", DEC_29, JAN_4, "alice", NOW), "r1", "a");

        var item = aws.dynamo().getItem(r -> r.tableName(aws.tableName()).key(TableKeys.change("sre", "o1"))).item();

        assertThat(Long.parseLong(item.get(TableKeys.TTL).n())).isEqualTo(JAN_4.plus(Duration.ofDays(366)).getEpochSecond());
    }
}
