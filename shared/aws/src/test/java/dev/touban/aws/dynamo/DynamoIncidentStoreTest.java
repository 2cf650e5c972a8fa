package dev.touban.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.domain.escalation.Channel;
import dev.touban.domain.escalation.Delivery;
import dev.touban.domain.escalation.StepClaim;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.IncidentStore;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.IncidentStore.AckOutcome;
import dev.touban.domain.incident.IncidentStore.ResolveOutcome;
import dev.touban.domain.incident.IncidentStore.TriggerOutcome;
import dev.touban.domain.incident.Link;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import dev.touban.domain.incident.TimelineEntry;
import dev.touban.domain.incident.TimelineEntry.Kind;
import dev.touban.testing.DynamoFaults;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@ExtendWith(EmulatorExtension.class)
class DynamoIncidentStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");
    private static final Actor ALICE = Actor.member("alice", "Alice Sato", "slack");

    private DynamoIncidentStore store;
    private DynamoDbClient dynamo;
    private String table;
    private final ExecutorService pool = Executors.newFixedThreadPool(32);

    @BeforeEach
    void setUp(Emulated aws) {
        AwsClients clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        dynamo = clients.dynamoDb();
        table = aws.tableName();
        store = new DynamoIncidentStore(dynamo, table);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void trigger_opensIncidentOne_andTheSameDedupKeyCountsRepeatsOnIt() {
        TriggerOutcome first = store.trigger(alert("disk-full"), T0);
        TriggerOutcome again = store.trigger(alert("disk-full"), T0.plusSeconds(60));

        assertThat(first).isInstanceOf(TriggerOutcome.Opened.class);
        Incident opened = first.incident();
        assertThat(opened.number()).isEqualTo(1);
        assertThat(opened.status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(opened.nextStep()).isZero();
        assertThat(opened.nextStepAt()).isEqualTo(T0);
        assertThat(opened.alert().links()).containsExactly(new Link("https://grafana.example/d/web", "Dashboard"));
        assertThat(again).isInstanceOf(TriggerOutcome.Repeated.class);
        assertThat(again.incident().number()).isEqualTo(1);
        assertThat(again.incident().repeats()).isEqualTo(1);
        assertThat(store.trigger(alert("other"), T0).incident().number()).isEqualTo(2);
        assertThat(store.timeline(1)).extracting(TimelineEntry::kind).containsExactly(Kind.TRIGGERED);
    }

    @Test
    void trigger_afterResolve_opensANewIncident() {
        store.trigger(alert("disk-full"), T0);
        assertThat(store.resolve(1, ALICE, T0.plusSeconds(60))).isInstanceOf(ResolveOutcome.Resolved.class);

        TriggerOutcome next = store.trigger(alert("disk-full"), T0.plusSeconds(120));

        assertThat(next).isInstanceOf(TriggerOutcome.Opened.class);
        assertThat(next.incident().number()).isEqualTo(2);
        assertThat(store.openByDedup("web", "disk-full")).map(Incident::number).contains(2L);
        assertThat(store.open()).extracting(Incident::number).containsExactly(2L);
    }

    @Test
    void trigger_hundredSimultaneousTriggersWithOneDedupKey_openExactlyOneIncident() throws Exception {
        List<TriggerOutcome> outcomes = all(100, () -> store.trigger(alert("flapping"), T0));

        assertThat(outcomes).filteredOn(o -> o instanceof TriggerOutcome.Opened).hasSize(1);
        assertThat(outcomes).extracting(o -> o.incident().number()).containsOnly(1L);
        assertThat(store.open()).hasSize(1);
        assertThat(store.get(1).orElseThrow().repeats()).isEqualTo(99);
        assertThat(store.get(2)).isEmpty();
        assertThat(store.timeline(1)).hasSize(1);
    }

    @Test
    void trigger_takesOverAClaimWhoseOpenerCrashedBeforeWritingTheIncident() {
        dynamo.putItem(r -> r.tableName(table).item(Item.of(TableKeys.openAlert("web", "disk-full"))
                .s("claim", "crashed").instant("claimedAt", T0).build()));

        TriggerOutcome later = store.trigger(alert("disk-full"), T0.plus(DynamoIncidentStore.ABANDONED_CLAIM).plusSeconds(1));

        assertThat(later).isInstanceOf(TriggerOutcome.Opened.class);
        assertThat(store.openByDedup("web", "disk-full")).isPresent();
    }

    @Test
    void acknowledge_twentySimultaneousAcknowledgements_exactlyOneWins_andTheOthersSeeTheWinner() throws Exception {
        store.trigger(alert("disk-full"), T0);
        List<Actor> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add(Actor.member("m" + i, "Member " + i, "slack"));
        }

        List<AckOutcome> outcomes = all(20, i -> store.acknowledge(1, people.get(i), T0.plusSeconds(30)));

        List<AckOutcome> winners = outcomes.stream().filter(o -> o instanceof AckOutcome.Acknowledged).toList();
        assertThat(winners).hasSize(1);
        Actor winner = ((AckOutcome.Acknowledged) winners.get(0)).incident().acknowledgedBy();
        assertThat(outcomes).filteredOn(o -> o instanceof AckOutcome.AlreadyAcknowledged).hasSize(19)
                .allSatisfy(o -> assertThat(((AckOutcome.AlreadyAcknowledged) o).incident().acknowledgedBy()).isEqualTo(winner));
        Incident stored = store.get(1).orElseThrow();
        assertThat(stored.status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
        assertThat(stored.acknowledgedBy()).isEqualTo(winner);
        assertThat(stored.acknowledgedAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(store.timeline(1)).filteredOn(e -> e.kind() == Kind.ACKNOWLEDGED).hasSize(1);
    }

    @Test
    void acknowledge_saysResolvedOrNotFound_whenThereIsNothingToAcknowledge() {
        store.trigger(alert("disk-full"), T0);
        store.resolve(1, ALICE, T0);

        assertThat(store.acknowledge(1, ALICE, T0)).isInstanceOf(AckOutcome.AlreadyResolved.class);
        assertThat(store.acknowledge(99, ALICE, T0)).isInstanceOf(AckOutcome.NotFound.class);
        assertThat(store.resolve(1, ALICE, T0)).isInstanceOf(ResolveOutcome.AlreadyResolved.class);
        assertThat(store.resolve(99, ALICE, T0)).isInstanceOf(ResolveOutcome.NotFound.class);
    }

    @Test
    void claimStep_letsExactlyOneOfManySimultaneousDeliveriesWin() throws Exception {
        Incident seen = store.trigger(alert("disk-full"), T0).incident();
        TimelineEntry entry = TimelineEntry.of(T0, Kind.ESCALATED, null, "tier 1 of 3");

        List<Boolean> claims = all(12, () -> store.claimStep(seen, 0, 1, T0.plus(Duration.ofMinutes(5)), entry));

        assertThat(claims).filteredOn(b -> b).hasSize(1);
        Incident after = store.get(1).orElseThrow();
        assertThat(after.nextStep()).isEqualTo(1);
        assertThat(after.nextStepAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(after.version()).isEqualTo(seen.version() + 1);
        assertThat(store.timeline(1)).filteredOn(e -> e.kind() == Kind.ESCALATED).hasSize(1);
    }

    @Test
    void claimStep_losesAfterAnAcknowledgement_orWithAStaleVersion() {
        Incident seen = store.trigger(alert("disk-full"), T0).incident();
        TimelineEntry entry = TimelineEntry.of(T0, Kind.ESCALATED, null, "tier 1");
        assertThat(store.claimStep(seen, 0, 1, T0.plusSeconds(300), entry)).isTrue();

        Incident now = store.get(1).orElseThrow();
        assertThat(store.claimStep(seen, 1, 2, T0.plusSeconds(600), entry)).as("version read before the first claim").isFalse();
        store.acknowledge(1, ALICE, T0.plusSeconds(10));
        assertThat(store.claimStep(now, 1, 2, T0.plusSeconds(600), entry)).as("after the acknowledgement").isFalse();
    }

    @Test
    void claimStep_withoutANextTime_leavesNothingDue() {
        Incident seen = store.trigger(alert("disk-full"), T0).incident();

        assertThat(store.claimStep(seen, 0, 1, null, TimelineEntry.of(T0, Kind.ESCALATED, null, "last"))).isTrue();

        Incident after = store.get(1).orElseThrow();
        assertThat(after.nextStepAt()).isNull();
        assertThat(after.escalating()).isFalse();
        assertThat(store.rescheduleStep(after, T0, TimelineEntry.of(T0, Kind.NOTE, null, "now"))).isFalse();
    }

    @Test
    void timeline_readsOldestFirst_andSlackMessagesAreRemembered() {
        store.trigger(alert("disk-full"), T0);
        store.record(1, TimelineEntry.page(T0.plusSeconds(1), true, "slack", "Alice Sato", "D1/1.1"));
        store.record(1, TimelineEntry.page(T0.plusSeconds(1), false, "sms", "Alice Sato", "refused"));
        store.acknowledge(1, ALICE, T0.plusSeconds(2));
        store.rememberSlackMessage(1, "C0ONCALL", "1.000100");
        store.rememberSlackMessage(1, "DALICE", "1.000200");

        assertThat(store.timeline(1)).extracting(TimelineEntry::kind)
                .containsExactly(Kind.TRIGGERED, Kind.PAGED, Kind.PAGE_FAILED, Kind.ACKNOWLEDGED);
        assertThat(store.slackMessages(1)).containsEntry("C0ONCALL", "1.000100").containsEntry("DALICE", "1.000200");
    }

    @Test
    void trigger_isOneTransaction_soAnOpeningThatStaysBusyWritesNothing_andIsNeverAnsweredAsARepeat() {
        DynamoFaults faults = new DynamoFaults().fail("transactWriteItems", DynamoFaults.Fault.TRANSACTION_CONFLICT, 1000);
        DynamoIncidentStore busy = new DynamoIncidentStore(faults.wrap(dynamo), table, DynamoRetry.withoutWaiting(3));

        assertThatThrownBy(() -> busy.trigger(alert("disk-full"), T0)).isInstanceOf(DynamoBusyException.class);

        assertThat(dynamo.scan(r -> r.tableName(table)).items()).as("no pointer, counter, incident or entry half written").isEmpty();
        assertThat(store.trigger(alert("disk-full"), T0)).isInstanceOf(TriggerOutcome.Opened.class)
                .extracting(o -> o.incident().number()).isEqualTo(1L);
    }

    @Test
    void trigger_whoseCommittedOpeningLostItsAnswer_stillReportsItOpened_notARepeatOfItself() {
        DynamoFaults faults = new DynamoFaults().fail("transactWriteItems", DynamoFaults.Fault.ANSWER_LOST_AFTER_COMMIT, 1);
        DynamoIncidentStore flaky = new DynamoIncidentStore(faults.wrap(dynamo), table, DynamoRetry.withoutWaiting(3));

        TriggerOutcome outcome = flaky.trigger(alert("disk-full"), T0);

        assertThat(faults.injected()).isEqualTo(1);
        assertThat(outcome).isInstanceOf(TriggerOutcome.Opened.class);
        assertThat(outcome.incident().number()).isEqualTo(1);
        assertThat(store.get(1).orElseThrow().repeats()).isZero();
        assertThat(store.get(2)).isEmpty();
        assertThat(store.timeline(1)).extracting(TimelineEntry::kind).containsExactly(Kind.TRIGGERED);
    }

    @Test
    void acknowledge_whoseCommittedAnswerWasLost_isRetriedWithItsToken_andStillToldItWon() {
        store.trigger(alert("disk-full"), T0);
        DynamoFaults faults = new DynamoFaults().fail("transactWriteItems", DynamoFaults.Fault.ANSWER_LOST_AFTER_COMMIT, 1);
        DynamoIncidentStore flaky = new DynamoIncidentStore(faults.wrap(dynamo), table, DynamoRetry.withoutWaiting(3));

        AckOutcome outcome = flaky.acknowledge(1, ALICE, T0.plusSeconds(5));

        assertThat(faults.injected()).isEqualTo(1);
        assertThat(outcome).as("the retry carries the committed call's token, which DynamoDB answers with success")
                .isInstanceOf(AckOutcome.Acknowledged.class);
        assertThat(store.timeline(1)).extracting(TimelineEntry::kind).containsExactly(Kind.TRIGGERED, Kind.ACKNOWLEDGED);
    }

    @Test
    void acknowledge_conflictingTransactionsAreRetried_andWhenTheyPersist_theAnswerIsBusyNotAlreadyAcknowledged() {
        store.trigger(alert("disk-full"), T0);
        DynamoFaults faults = new DynamoFaults().fail("transactWriteItems", DynamoFaults.Fault.TRANSACTION_CONFLICT, 2);
        DynamoIncidentStore contended = new DynamoIncidentStore(faults.wrap(dynamo), table, DynamoRetry.withoutWaiting(3));

        assertThat(contended.acknowledge(1, ALICE, T0.plusSeconds(5))).isInstanceOf(AckOutcome.Acknowledged.class);
        faults.fail("transactWriteItems", DynamoFaults.Fault.THROTTLING, 3);
        assertThatThrownBy(() -> contended.resolve(1, ALICE, T0.plusSeconds(9))).isInstanceOf(DynamoBusyException.class);

        assertThat(store.get(1).orElseThrow().status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
        assertThat(faults.injected()).isEqualTo(5);
        assertThat(store.resolve(1, ALICE, T0.plusSeconds(10))).isInstanceOf(ResolveOutcome.Resolved.class);
        assertThat(store.openByDedup("web", "disk-full")).isEmpty();
        assertThat(store.timeline(1)).extracting(TimelineEntry::kind).containsExactly(Kind.TRIGGERED, Kind.ACKNOWLEDGED, Kind.RESOLVED);
    }

    @Test
    void claimStep_writesTheTiersDeliveriesInTheSameTransaction_andOnlyTheWinnerDoes() throws Exception {
        Incident seen = store.trigger(alert("disk-full"), T0).incident();
        Delivery.Addressee carol = new Delivery.Addressee(Delivery.Addressee.Kind.PERSON, "carol", "Carol Suzuki", "on call");
        StepClaim claim = new StepClaim(0, 1, T0.plusSeconds(300), List.of(TimelineEntry.of(T0, Kind.ESCALATED, null, "tier 1")),
                List.of(Delivery.pending(1, 0, 0, Channel.SMS, carol, 0, 0, T0), Delivery.pending(1, 0, 1, Channel.SLACK, carol, 0, 0, T0)));

        List<Boolean> claims = all(8, () -> store.claimStep(seen, claim));

        assertThat(claims).filteredOn(b -> b).hasSize(1);
        assertThat(store.deliveries(1)).extracting(Delivery::channel, Delivery::state)
                .containsExactly(tuple(Channel.SMS, Delivery.State.PENDING), tuple(Channel.SLACK, Delivery.State.PENDING));
    }

    @Test
    void takeDelivery_leasesItToOneSender_untilTheLeaseEnds_andNotOnceTheIncidentIsAcknowledged() throws Exception {
        Incident seen = store.trigger(alert("disk-full"), T0).incident();
        Delivery.Addressee carol = new Delivery.Addressee(Delivery.Addressee.Kind.PERSON, "carol", "Carol Suzuki", "on call");
        Delivery sms = Delivery.pending(1, 0, 0, Channel.SMS, carol, 0, 0, T0);
        Delivery slack = Delivery.pending(1, 0, 1, Channel.SLACK, carol, 0, 0, T0);
        store.claimStep(seen, new StepClaim(0, 1, T0.plusSeconds(300), List.of(), List.of(sms, slack)));

        List<IncidentStore.Take> takes = all(8, () -> store.takeDelivery(sms, T0));
        Delivery taken = store.deliveries(1).get(0);
        IncidentStore.Take again = store.takeDelivery(taken, T0.plus(Delivery.LEASE).minusSeconds(1));
        IncidentStore.Take stale = store.takeDelivery(sms, T0.plus(Delivery.LEASE));
        IncidentStore.Take afterLease = store.takeDelivery(taken, T0.plus(Delivery.LEASE));
        store.acknowledge(1, ALICE, T0.plusSeconds(100));
        IncidentStore.Take afterAck = store.takeDelivery(slack, T0.plusSeconds(101));

        assertThat(takes).filteredOn(t -> t instanceof IncidentStore.Take.Taken).hasSize(1);
        assertThat(again).isInstanceOf(IncidentStore.Take.Elsewhere.class);
        assertThat(stale).as("a copy read before the first take").isInstanceOf(IncidentStore.Take.Elsewhere.class);
        assertThat(afterLease).isInstanceOfSatisfying(IncidentStore.Take.Taken.class, t -> assertThat(t.delivery().attempts()).isEqualTo(2));
        assertThat(afterAck).isInstanceOf(IncidentStore.Take.Stopped.class);
    }

    @Test
    void due_readsOnlyEscalatingIncidentsPastTheirMinute_andPendingDeliveriesPastTheirLease_boundedAndMostOverdueFirst() {
        for (int i = 0; i < 5; i++) {
            store.trigger(alert("k" + i), T0.plusSeconds(i));
        }
        store.acknowledge(2, ALICE, T0.plusSeconds(10));
        store.resolve(4, ALICE, T0.plusSeconds(10));

        assertThat(store.due(T0.plusSeconds(59), 20)).as("not yet a minute overdue").isEmpty();
        assertThat(store.due(T0.plusSeconds(70), 20)).containsExactly(1L, 3L, 5L);
        assertThat(store.due(T0.plusSeconds(70), 2)).containsExactly(1L, 3L);

        Incident five = store.get(5).orElseThrow();
        Delivery.Addressee carol = new Delivery.Addressee(Delivery.Addressee.Kind.PERSON, "carol", "Carol Suzuki", "on call");
        Delivery sms = Delivery.pending(5, 0, 0, Channel.SMS, carol, 0, 0, T0.plusSeconds(70));
        store.claimStep(five, new StepClaim(0, 1, T0.plusSeconds(370), List.of(), List.of(sms)));
        assertThat(store.due(T0.plusSeconds(71), 20)).as("claimed: its step is no longer due, its delivery not yet").containsExactly(1L, 3L);
        assertThat(store.due(T0.plusSeconds(70).plus(Delivery.LEASE), 20)).as("its delivery left past the lease").containsExactly(1L, 3L, 5L);
        store.takeDelivery(sms, T0.plusSeconds(75));
        store.settleDelivery(sms, Delivery.State.SENT, null, TimelineEntry.page(T0.plusSeconds(75), true, "sms", "Carol Suzuki", "message 1"));
        assertThat(store.due(T0.plusSeconds(300), 20)).as("settled deliveries leave the index").containsExactly(1L, 3L);
    }

    @Test
    void timelineSequence_twoCopiesOfOneRestoredSnapshot_numberTheirEntriesDifferently() {
        // Both copies start from the same counter, as every environment restored from one snapshot does.
        TimelineSequence first = new TimelineSequence(41, new java.security.SecureRandom());
        TimelineSequence second = new TimelineSequence(41, new java.security.SecureRandom());

        long a = first.next();
        long b = second.next();

        assertThat(a).isNotEqualTo(b);
        assertThat(a >>> 32).as("the order within one process is kept").isEqualTo(42).isEqualTo(b >>> 32);
        assertThat(first.next() >>> 32).isEqualTo(43);
    }

    private static NewIncident alert(String dedupKey) {
        Alert alert = new Alert("Disk full on db-1", "db-1", Severity.CRITICAL, "postgres", "db", "disk", "{\"used\":\"99%\"}",
                T0.minusSeconds(5), "Alertmanager", "http://am:9093", List.of(new Link("https://grafana.example/d/web", "Dashboard")));
        return new NewIncident("web", dedupKey, "web", "sre", "sre-default", alert);
    }

    private <T> List<T> all(int n, Callable<T> task) throws Exception {
        return all(n, i -> task.call());
    }

    private interface Indexed<T> {
        T call(int i) throws Exception;
    }

    /** Runs n calls released at the same moment and waits for every one. */
    private <T> List<T> all(int n, Indexed<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                start.await();
                return task.call(index);
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get());
        }
        return results;
    }
}
