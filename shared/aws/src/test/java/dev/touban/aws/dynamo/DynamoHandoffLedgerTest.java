package dev.touban.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.domain.handoff.HandoffLedger.Claim;
import dev.touban.domain.handoff.HandoffLedger.ShiftRecord;
import dev.touban.domain.handoff.HandoffLedger.State;
import dev.touban.domain.handoff.ShiftRef;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(EmulatorExtension.class)
class DynamoHandoffLedgerTest {
    private static final Instant DEC_7 = Instant.parse("2026-12-07T01:00:00Z");
    private static final ShiftRef REF = new ShiftRef("sre", "sre-primary", DEC_7, "alice");
    private static final ShiftRecord SHIFT = new ShiftRecord(REF, 48, DEC_7.plus(Duration.ofDays(7)), "alice");
    private static final Duration LEASE = Duration.ofSeconds(90);

    private DynamoHandoffLedger ledger;
    private Emulated aws;

    @BeforeEach
    void setUp(Emulated aws) {
        this.aws = aws;
        ledger = new DynamoHandoffLedger(new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())).dynamoDb(), aws.tableName());
    }

    @Test
    void firstClaim_wins_andAfterCompletionEveryClaimIsAlreadyDone() {
        assertThat(ledger.claim(SHIFT, DEC_7, DEC_7.plus(LEASE))).isEqualTo(new Claim.Claimed(Map.of()));
        ledger.complete(REF, DEC_7.plusSeconds(3));

        Claim again = ledger.claim(SHIFT, DEC_7.plusSeconds(60), DEC_7.plusSeconds(60).plus(LEASE));

        assertThat(again).isEqualTo(new Claim.AlreadyDone(DEC_7.plusSeconds(3)));
    }

    @Test
    void claim_whileAnotherRunHoldsTheLease_isBusy() {
        ledger.claim(SHIFT, DEC_7, DEC_7.plus(LEASE));

        assertThat(ledger.claim(SHIFT, DEC_7.plusSeconds(30), DEC_7.plusSeconds(30).plus(LEASE)))
                .isEqualTo(new Claim.Busy(DEC_7.plus(LEASE)));
    }

    @Test
    void claim_afterARunDiedHalfWay_resumesWithTheStepsItRecordedAsDone_notThoseThatFailed() {
        ledger.claim(SHIFT, DEC_7, DEC_7.plus(LEASE));
        ledger.stepDone(REF, "slackMessage", "ok:1.2");
        ledger.stepFailed(REF, "slackUserGroup", "HTTP 500");
        Instant later = DEC_7.plus(LEASE).plusSeconds(1);

        Claim resumed = ledger.claim(SHIFT, later, later.plus(LEASE));

        assertThat(resumed).isEqualTo(new Claim.Claimed(Map.of("slackMessage", "ok:1.2")));
        assertThat(ledger.claim(SHIFT, later.plusSeconds(1), later.plus(LEASE))).isInstanceOf(Claim.Busy.class);
    }

    @Test
    void stepDone_clearsThatStepsFailure() {
        ledger.claim(SHIFT, DEC_7, DEC_7.plus(LEASE));
        ledger.stepFailed(REF, "slackUserGroup", "HTTP 500");
        ledger.stepFailed(REF, "sns", "unreachable");

        ledger.stepDone(REF, "slackUserGroup", "ok");

        Map<String, AttributeValue> item = aws.dynamo().getItem(r -> r.tableName(aws.tableName())
                .key(TableKeys.handoff("sre", "sre-primary", DEC_7, "alice"))).item();
        assertThat(item.get("failures").m()).containsOnlyKeys("sns");
        assertThat(item.get("steps").m()).containsOnlyKeys("slackUserGroup");
    }

    @Test
    void release_letsTheNextRunResumeAtOnce() {
        ledger.claim(SHIFT, DEC_7, DEC_7.plus(LEASE));
        ledger.release(REF, DEC_7.plusSeconds(2));

        assertThat(ledger.claim(SHIFT, DEC_7.plusSeconds(3), DEC_7.plus(LEASE))).isInstanceOf(Claim.Claimed.class);
    }

    @Test
    void recorded_readsTheStateOfEveryShiftAsked_beyondOneBatch() {
        List<ShiftRef> refs = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            refs.add(new ShiftRef("team" + (i % 7), "rotation-" + i, DEC_7, "alice"));
        }
        ShiftRef claimed = refs.get(3);
        ShiftRef complete = refs.get(150);
        ledger.claim(new ShiftRecord(claimed, 1, DEC_7.plusSeconds(60), "alice"), DEC_7, DEC_7.plus(LEASE));
        ledger.claim(new ShiftRecord(complete, 1, DEC_7.plusSeconds(60), "alice"), DEC_7, DEC_7.plus(LEASE));
        ledger.complete(complete, DEC_7);
        ledger.claim(SHIFT, DEC_7, DEC_7.plus(LEASE));

        assertThat(ledger.recorded(refs)).isEqualTo(Map.of(claimed, State.CLAIMED, complete, State.COMPLETE));
        // the same rotation and start with another member scheduled is another shift
        assertThat(ledger.recorded(List.of(REF, new ShiftRef("sre", "sre-primary", DEC_7, "bob")))).isEqualTo(Map.of(REF, State.CLAIMED));
    }

    @Test
    void concurrentClaims_exactlyOneWins() throws Exception {
        Callable<Claim> claim = () -> ledger.claim(SHIFT, DEC_7, DEC_7.plus(LEASE));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Claim>> results = pool.invokeAll(List.of(claim, claim, claim, claim));
            long won = 0;
            for (Future<Claim> f : results) {
                if (f.get() instanceof Claim.Claimed) {
                    won++;
                } else {
                    assertThat(f.get()).isInstanceOf(Claim.Busy.class);
                }
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
    }
}
