package dev.touban.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.aws.dynamo.DynamoBusyException;
import dev.touban.aws.dynamo.DynamoRetry;
import dev.touban.domain.escalation.Channel;
import dev.touban.domain.escalation.Delivery;
import dev.touban.domain.escalation.Escalator;
import dev.touban.domain.escalation.Notifier;
import dev.touban.domain.escalation.Page;
import dev.touban.domain.escalation.StepScheduler;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.IncidentStore;
import dev.touban.testing.ApiRecorder;
import dev.touban.testing.DynamoFaults;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.Faults;
import dev.touban.testing.Faults.When;
import dev.touban.testing.RepoFiles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The delivery guarantee README states, clause by clause, against the step function as
 * deployed (emulator, recorders), with faults injected into its parts: every page of a
 * claimed tier is attempted until it is sent, definitively refused, or has failed four times
 * over seven minutes; a crash between a provider's accept and the mark may repeat that one
 * delivery, never more; nothing is sent once the incident is acknowledged or resolved.
 */
@ExtendWith(EmulatorExtension.class)
class DeliveryGuaranteeTest {
    static final String GUARANTEE = "Every page of a claimed tier is attempted until it is sent, definitively refused, or has failed four times over seven minutes; "
            + "a crash between a provider's accept and the mark may repeat that one delivery, never more; "
            + "nothing is sent once the incident is acknowledged or resolved.";
    private static final String CAROL_PHONE = "+819034567890";
    private static final String ALICE_PHONE = "+819012345678";
    private static final String SWEEP = "{\"sweep\":true}";

    private StepWorld world;

    @AfterEach
    void tearDown() {
        if (world != null) {
            world.close();
        }
    }

    @Test
    void theReadmeStatesTheGuaranteeTheseTestsProve() {
        assertThat(RepoFiles.read("README.md").replaceAll("\\s+", " ")).contains(GUARANTEE);
        assertThat(RepoFiles.read("docs/delivery.md")).contains(GUARANTEE);
    }

    @Test
    void crashRightAfterTheClaim_theLambdaRetrySendsEveryPageOnce(Emulated aws) {
        Faults faults = new Faults().crash("takeDelivery", 1, When.BEFORE);
        world = new StepWorld(aws, UnaryOperator.identity(), b -> b.wrapStore(s -> faults.wrap(IncidentStore.class, s)));
        world.trigger("k");
        String event = stepDueEvent();

        assertThatThrownBy(() -> world.deliver(event)).isInstanceOf(Faults.Crash.class);
        assertThat(world.smsNumbers()).as("nothing sent before the crash").isEmpty();
        Map<String, Object> retry = world.deliver(event);
        world.clock.advance(Duration.ofMinutes(2));
        world.deliver(SWEEP);

        assertThat(retry).containsEntry("outcome", "skipped: stale_step");
        assertThat(world.smsNumbers()).containsExactly(CAROL_PHONE);
        assertThat(directMessages("DU03CAROL")).isEqualTo(1);
        assertThat(states(1)).isEqualTo(Map.of("sms Carol Suzuki", "SENT", "slack Carol Suzuki", "SENT"));
    }

    @Test
    void crashBetweenTwoDeliveries_theRetrySendsTheRest_andNotTheFirstAgain(Emulated aws) {
        Faults faults = new Faults().crash("takeDelivery", args -> ((Delivery) args[0]).step() == 1, 2, When.BEFORE);
        world = new StepWorld(aws, UnaryOperator.identity(), b -> b.wrapStore(s -> faults.wrap(IncidentStore.class, s)));
        world.trigger("k");
        world.deliverEvents();
        world.clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(world::fireDueSchedules).isInstanceOf(Faults.Crash.class);
        assertThat(world.smsNumbers()).as("the first delivery of tier 2 went out").containsExactly(CAROL_PHONE, ALICE_PHONE);
        world.deliverStep(1, 1);
        world.clock.advance(Duration.ofMinutes(2));
        world.deliver(SWEEP);

        assertThat(world.smsNumbers()).containsExactly(CAROL_PHONE, ALICE_PHONE);
        assertThat(voiceCalls(ALICE_PHONE)).isEqualTo(1);
        assertThat(directMessages("DU01ALICE")).isEqualTo(1);
        assertThat(states(1)).containsEntry("sms Alice Sato", "SENT").containsEntry("voice Alice Sato", "SENT")
                .containsEntry("slack Alice Sato", "SENT").containsEntry("slack <#C0ONCALL>", "SENT");
        assertThat(faults.allFired()).isTrue();
    }

    @Test
    void crashWhileSchedulingTheNextTier_theRetryPagesThisTier_andTheSweepTheNext(Emulated aws) {
        Faults faults = new Faults().crash("schedule", 1, When.BEFORE);
        world = new StepWorld(aws, UnaryOperator.identity(), b -> b.wrapScheduler(s -> faults.wrap(StepScheduler.class, s)));
        world.trigger("k");
        String event = stepDueEvent();

        assertThatThrownBy(() -> world.deliver(event)).isInstanceOf(Faults.Crash.class);
        world.deliver(event);
        assertThat(world.schedules.all()).as("the next tier's schedule was lost with the crash").isEmpty();
        world.clock.advance(Duration.ofMinutes(6));
        Map<String, Object> sweep = world.deliver(SWEEP);

        assertThat(sweep).isEqualTo(Map.of("sweep", List.of(Map.of("incident", 1, "step", 1, "outcome", "paged"))));
        assertThat(world.smsNumbers()).containsExactly(CAROL_PHONE, ALICE_PHONE);
        assertThat(directMessages("DU03CAROL")).isEqualTo(1);
    }

    @Test
    void crashBetweenTheProvidersAcceptAndTheMark_repeatsThatOneDelivery_andNothingElse(Emulated aws) {
        Faults faults = new Faults().crash("settleDelivery", 1, When.BEFORE);
        world = new StepWorld(aws, UnaryOperator.identity(), b -> b.wrapStore(s -> faults.wrap(IncidentStore.class, s)));
        world.trigger("k");
        String event = stepDueEvent();

        assertThatThrownBy(() -> world.deliver(event)).isInstanceOf(Faults.Crash.class);
        assertThat(world.smsNumbers()).as("the provider accepted the text message").containsExactly(CAROL_PHONE);
        world.deliver(event);
        assertThat(world.smsNumbers()).as("its lease keeps the retry from sending it at once").containsExactly(CAROL_PHONE);
        world.clock.advance(Delivery.LEASE.plusSeconds(1));
        Map<String, Object> sweep = world.deliver(SWEEP);
        world.clock.advance(Duration.ofMinutes(1));
        world.deliver(SWEEP);

        assertThat(sweep).isEqualTo(Map.of("sweep", List.of(Map.of("incident", 1, "step", 1, "outcome", "resumed: 1 page"))));
        assertThat(world.smsNumbers()).as("the one allowed repeat").containsExactly(CAROL_PHONE, CAROL_PHONE);
        assertThat(directMessages("DU03CAROL")).isEqualTo(1);
        assertThat(states(1)).isEqualTo(Map.of("sms Carol Suzuki", "SENT", "slack Carol Suzuki", "SENT"));
    }

    @Test
    void slackDown_doesNotDelayTextMessages_andItsPagesAreSentWhenItIsBack(Emulated aws) {
        world = new StepWorld(aws);
        world.apis.fail("conversations.open", 500);
        world.apis.fail("chat.postMessage", 500);
        world.trigger("k");

        world.deliverEvents();

        List<String> order = world.apis.calls().stream().map(ApiRecorder.Call::operation).toList();
        assertThat(order.indexOf("SendTextMessage")).as("the text message went before any Slack call").isLessThan(order.indexOf("conversations.open"));
        assertThat(world.smsNumbers()).containsExactly(CAROL_PHONE);
        assertThat(states(1)).containsEntry("slack Carol Suzuki", "PENDING");
        assertThat(world.pages(1)).contains("PAGE_FAILED slack Carol Suzuki");

        world.apis.heal("conversations.open");
        world.apis.heal("chat.postMessage");
        world.clock.advance(Duration.ofMinutes(1));
        Map<String, Object> sweep = world.deliver(SWEEP);

        assertThat(sweep).isEqualTo(Map.of("sweep", List.of(Map.of("incident", 1, "step", 1, "outcome", "resumed: 1 page"))));
        assertThat(directMessages("DU03CAROL")).isEqualTo(1);
        assertThat(world.smsNumbers()).containsExactly(CAROL_PHONE);
        assertThat(states(1)).containsEntry("slack Carol Suzuki", "SENT");
    }

    @Test
    void aSlackPageFailingFourTimes_isMarkedFailed_afterBackoffsOfOneTwoAndFourMinutes(Emulated aws) {
        world = new StepWorld(aws);
        world.apis.fail("conversations.open", 500);
        world.trigger("k");
        world.deliverEvents();

        List<Object> sweeps = new ArrayList<>();
        for (int minutes : new int[] {1, 2, 4}) {
            world.clock.advance(Duration.ofMinutes(minutes).minusSeconds(1));
            sweeps.add(world.deliver(SWEEP).get("sweep"));
            world.clock.advance(Duration.ofSeconds(1));
            sweeps.add(world.deliver(SWEEP).get("sweep"));
        }

        assertThat(world.apis.calls("conversations.open")).filteredOn(c -> "U03CAROL".equals(c.body().get("users"))).hasSize(4);
        assertThat(states(1)).containsEntry("slack Carol Suzuki", "FAILED");
        assertThat(sweeps.get(0)).as("not before its backoff").isEqualTo(List.of());
        assertThat(world.pages(1)).filteredOn(p -> p.equals("PAGE_FAILED slack Carol Suzuki")).hasSize(4);
    }

    @Test
    void throttlingAndConflicts_areRetriedWithJitteredBackoff_andNoPageIsLost(Emulated aws) {
        DynamoFaults faults = new DynamoFaults()
                .fail("transactWriteItems", DynamoFaults.Fault.THROTTLING, 2)
                .fail("query", DynamoFaults.Fault.THROTTLING, 1);
        List<Duration> waits = new ArrayList<>();
        DynamoRetry retry = new DynamoRetry(5, Duration.ofMillis(25), Duration.ofMillis(400), waits::add, () -> 0.5);
        world = new StepWorld(aws, UnaryOperator.identity(), b -> b.wrapDynamo(faults::wrap).retry(retry));
        world.trigger("k");
        faults.fail("transactWriteItems", DynamoFaults.Fault.TRANSACTION_CONFLICT, 3);

        List<Map<String, Object>> outcomes = world.deliverEvents();

        assertThat(outcomes).containsExactly(Map.of("incident", 1, "step", 0, "outcome", "paged"));
        assertThat(faults.injected()).isEqualTo(6);
        assertThat(waits).hasSize(6).allSatisfy(w -> assertThat(w).isPositive().isLessThanOrEqualTo(Duration.ofMillis(200)));
        assertThat(world.smsNumbers()).containsExactly(CAROL_PHONE);
        assertThat(states(1)).isEqualTo(Map.of("sms Carol Suzuki", "SENT", "slack Carol Suzuki", "SENT"));
    }

    @Test
    void aStoreBusyBeyondItsRetries_failsTheInvocation_neverAnsweringStale_andTheRetryPages(Emulated aws) {
        DynamoFaults faults = new DynamoFaults();
        world = new StepWorld(aws, UnaryOperator.identity(), b -> b.wrapDynamo(faults::wrap).retry(DynamoRetry.withoutWaiting(5)));
        world.trigger("k");
        String event = stepDueEvent();
        faults.fail("transactWriteItems", DynamoFaults.Fault.TRANSACTION_CONFLICT, 5);

        assertThatThrownBy(() -> world.deliver(event)).isInstanceOf(DynamoBusyException.class);
        assertThat(world.smsNumbers()).isEmpty();
        Map<String, Object> retry = world.deliver(event);

        assertThat(retry).containsEntry("outcome", "paged");
        assertThat(world.smsNumbers()).containsExactly(CAROL_PHONE);
    }

    @Test
    void anAcknowledgementWhileATierIsPaged_stopsEveryPageNotYetTaken(Emulated aws) {
        UnaryOperator<Notifier> ackDuringSms = n -> n.channel() != Channel.SMS ? n : new Notifier() {
            @Override
            public Channel channel() {
                return Channel.SMS;
            }

            @Override
            public String send(Page page) {
                world.runtime.desk().acknowledge(page.incident().number(), Actor.member("carol", "Carol Suzuki", "sms"), world.clock.instant());
                return n.send(page);
            }
        };
        world = new StepWorld(aws, UnaryOperator.identity(), b -> b.wrapNotifiers(ackDuringSms));
        world.trigger("k");

        world.deliverEvents();
        world.clock.advance(Duration.ofMinutes(10));
        Map<String, Object> sweep = world.deliver(SWEEP);

        assertThat(world.smsNumbers()).as("taken before the acknowledgement").containsExactly(CAROL_PHONE);
        assertThat(world.apis.calls("conversations.open")).as("no direct message after it").isEmpty();
        assertThat(states(1)).isEqualTo(Map.of("sms Carol Suzuki", "SENT", "slack Carol Suzuki", "CANCELLED"));
        assertThat(sweep).isEqualTo(Map.of("sweep", List.of()));
        assertThat(world.pages(1)).containsExactly("PAGED sms Carol Suzuki");
    }

    @Test
    void aSlowProviderSpendingTheInvocationsBudget_leavesTheRestPending_forTheSweep(Emulated aws) {
        UnaryOperator<Notifier> slowSms = n -> n.channel() != Channel.SMS ? n : new Notifier() {
            @Override
            public Channel channel() {
                return Channel.SMS;
            }

            @Override
            public String send(Page page) {
                world.clock.advance(Escalator.SENDING_BUDGET.plusSeconds(1));
                return n.send(page);
            }
        };
        world = new StepWorld(aws, UnaryOperator.identity(), b -> b.wrapNotifiers(slowSms));
        world.trigger("k");

        world.deliverEvents();
        assertThat(states(1)).isEqualTo(Map.of("sms Carol Suzuki", "SENT", "slack Carol Suzuki", "PENDING"));
        world.clock.advance(Delivery.LEASE);
        Map<String, Object> sweep = world.deliver(SWEEP);

        assertThat(sweep).isEqualTo(Map.of("sweep", List.of(Map.of("incident", 1, "step", 1, "outcome", "resumed: 1 page"))));
        assertThat(directMessages("DU03CAROL")).isEqualTo(1);
        assertThat(world.smsNumbers()).containsExactly(CAROL_PHONE);
    }

    @Test
    void aSweepWithOnePoisonedIncident_logsAndSkipsIt_andPagesTheOthers(Emulated aws) {
        world = new StepWorld(aws);
        world.trigger("a");
        world.trigger("b");
        world.trigger("c");
        try (var dynamo = aws.dynamo()) {
            dynamo.updateItem(r -> r.tableName(aws.tableName())
                    .key(Map.of("pk", AttributeValue.fromS("INCIDENT#2"), "sk", AttributeValue.fromS("INCIDENT")))
                    .updateExpression("SET #s = :bad").expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":bad", AttributeValue.fromS("NOT_A_STATUS"))));
        }
        world.clock.advance(Duration.ofMinutes(1));

        Map<String, Object> sweep = world.deliver(SWEEP);

        assertThat(sweep).isEqualTo(Map.of("sweep", List.of(
                Map.of("incident", 1, "step", 0, "outcome", "paged"),
                Map.of("incident", 2, "step", -1, "outcome", "failed: see the log"),
                Map.of("incident", 3, "step", 0, "outcome", "paged"))));
        assertThat(world.smsNumbers()).containsExactly(CAROL_PHONE, CAROL_PHONE);
    }

    @Test
    void aSweepTakesAtMostTwentyIncidents_andTheNextSweepTheRest(Emulated aws) {
        world = new StepWorld(aws);
        for (int i = 0; i < 23; i++) {
            world.trigger("k" + i);
        }
        world.clock.advance(Duration.ofMinutes(1));

        List<?> first = (List<?>) world.deliver(SWEEP).get("sweep");
        List<?> second = (List<?>) world.deliver(SWEEP).get("sweep");

        assertThat(first).hasSize(20);
        assertThat(second).hasSize(3);
        assertThat(world.smsNumbers()).hasSize(23);
    }

    private String stepDueEvent() {
        return world.moto.sqsBodies().stream().filter(b -> b.contains("EscalationStepDue")).findFirst().orElseThrow();
    }

    private long directMessages(String channel) {
        return world.apis.calls("chat.postMessage").stream().filter(c -> c.status() == 200 && channel.equals(c.body().get("channel"))).count();
    }

    private long voiceCalls(String phone) {
        return world.apis.calls("SendVoiceMessage").stream().filter(c -> c.status() == 200 && phone.equals(c.body().get("DestinationPhoneNumber"))).count();
    }

    /** "channel recipient" to state, for every delivery of the incident (later steps overwrite none: names differ per tier here). */
    private Map<String, String> states(long incident) {
        Map<String, String> states = new TreeMap<>();
        for (Map<String, Object> item : world.items()) {
            if ("DELIVERY".equals(s(item, "type")) && ("INCIDENT#" + incident).equals(s(item, "pk"))) {
                states.put(Channel.valueOf(s(item, "channel")).label() + " " + s(item, "toName"), s(item, "state"));
            }
        }
        return states;
    }

    private static String s(Map<String, Object> item, String name) {
        return item.get(name) instanceof AttributeValue v ? v.s() : null;
    }
}
