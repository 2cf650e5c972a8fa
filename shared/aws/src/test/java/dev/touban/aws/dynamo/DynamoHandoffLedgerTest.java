package dev.touban.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.domain.handoff.HandoffLedger.Claim;
import dev.touban.domain.handoff.HandoffLedger.ShiftRecord;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmulatorExtension.class)
class DynamoHandoffLedgerTest {
    private static final Instant DEC_7 = Instant.parse("2026-12-07T01:00:00Z");
    private static final ShiftRecord SHIFT = new ShiftRecord("sre-primary", 48, DEC_7, DEC_7.plus(Duration.ofDays(7)), "alice", "alice");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private DynamoHandoffLedger ledger;

    @BeforeEach
    void setUp(Emulated aws) {
        ledger = new DynamoHandoffLedger(new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())).dynamoDb(), aws.tableName());
    }

    @Test
    void firstClaim_wins_andAfterCompletionEveryClaimIsAlreadyDone() {
        assertThat(ledger.claim("sre", "sre-primary#48", SHIFT, DEC_7, DEC_7.plus(LEASE))).isEqualTo(new Claim.Claimed(Map.of()));
        ledger.complete("sre", "sre-primary#48", DEC_7.plusSeconds(3));

        Claim again = ledger.claim("sre", "sre-primary#48", SHIFT, DEC_7.plusSeconds(60), DEC_7.plusSeconds(60).plus(LEASE));

        assertThat(again).isEqualTo(new Claim.AlreadyDone(DEC_7.plusSeconds(3)));
    }

    @Test
    void claim_whileAnotherRunHoldsTheLease_isBusy() {
        ledger.claim("sre", "sre-primary#48", SHIFT, DEC_7, DEC_7.plus(LEASE));

        assertThat(ledger.claim("sre", "sre-primary#48", SHIFT, DEC_7.plusSeconds(30), DEC_7.plusSeconds(30).plus(LEASE)))
                .isEqualTo(new Claim.Busy(DEC_7.plus(LEASE)));
    }

    @Test
    void claim_afterARunDiedHalfWay_resumesWithTheStepsItRecorded() {
        ledger.claim("sre", "sre-primary#48", SHIFT, DEC_7, DEC_7.plus(LEASE));
        ledger.stepDone("sre", "sre-primary#48", "slackMessage", "ok");
        Instant later = DEC_7.plus(LEASE).plusSeconds(1);

        Claim resumed = ledger.claim("sre", "sre-primary#48", SHIFT, later, later.plus(LEASE));

        assertThat(resumed).isEqualTo(new Claim.Claimed(Map.of("slackMessage", "ok")));
        assertThat(ledger.claim("sre", "sre-primary#48", SHIFT, later.plusSeconds(1), later.plus(LEASE)))
                .isInstanceOf(Claim.Busy.class);
    }

    @Test
    void release_letsTheNextDeliveryResumeAtOnce() {
        ledger.claim("sre", "sre-primary#48", SHIFT, DEC_7, DEC_7.plus(LEASE));
        ledger.release("sre", "sre-primary#48", DEC_7.plusSeconds(2));

        assertThat(ledger.claim("sre", "sre-primary#48", SHIFT, DEC_7.plusSeconds(3), DEC_7.plus(LEASE)))
                .isInstanceOf(Claim.Claimed.class);
    }

    @Test
    void concurrentClaims_exactlyOneWins() throws Exception {
        Callable<Claim> claim = () -> ledger.claim("sre", "sre-primary#48", SHIFT, DEC_7, DEC_7.plus(LEASE));
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
