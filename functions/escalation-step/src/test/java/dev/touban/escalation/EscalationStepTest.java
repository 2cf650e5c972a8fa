package dev.touban.escalation;

import static dev.touban.escalation.StepWorld.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.TimelineEntry;
import dev.touban.domain.incident.TimelineEntry.Kind;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.OneTimeSchedules;
import dev.touban.testing.RepoFiles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmulatorExtension.class)
class EscalationStepTest {
    private static final String CAROL_PHONE = "+819034567890";
    private static final String ALICE_PHONE = "+819012345678";
    private static final Duration FIVE = Duration.ofMinutes(5);

    private StepWorld world;

    @AfterEach
    void tearDown() {
        if (world != null) {
            world.close();
        }
    }

    @Test
    void newIncident_pagesTierOneAtOnce_andSchedulesTierTwoFiveMinutesLater(Emulated aws) {
        world = new StepWorld(aws);
        long n = world.trigger("k");

        List<Map<String, Object>> outcomes = world.deliverEvents();

        assertThat(outcomes).containsExactly(Map.of("incident", 1, "step", 0, "outcome", "paged"));
        assertThat(world.pages(n)).as("out-of-band channels first").containsExactly("PAGED sms Carol Suzuki", "PAGED slack Carol Suzuki");
        assertThat(world.smsNumbers()).containsExactly(CAROL_PHONE);
        assertThat(world.apis.sms().get(0).message()).startsWith("Touban #1 CRITICAL: Checkout 5xx above 2% Ack: https://touban.example/ack/")
                .endsWith(" Reply ACK 1 " + world.runtime.smsCodes().code(1, "carol"));
        assertThat(world.apis.calls("conversations.open")).singleElement().satisfies(c -> assertThat(c.body()).containsEntry("users", "U03CAROL"));
        assertThat(world.apis.calls("chat.postMessage")).extracting(c -> c.body().get("channel")).containsExactly("DU03CAROL", "C0ONCALL");
        assertThat(world.schedules.all()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("incident-1-step-1");
            assertThat(s.at()).isEqualTo(T0.plus(FIVE));
            assertThat(s.input()).isEqualTo("{\"incident\":1,\"step\":1}");
            assertThat(s.actionAfterCompletion()).isEqualTo("DELETE");
        });
        Incident incident = world.runtime.desk().incident(n).orElseThrow();
        assertThat(incident.nextStep()).isEqualTo(1);
        assertThat(incident.nextStepAt()).isEqualTo(T0.plus(FIVE));
    }

    @Test
    void slackPage_carriesAcknowledgeResolveAndEscalateButtons(Emulated aws) {
        world = new StepWorld(aws);
        world.trigger("k");
        world.deliverEvents();

        var dm = world.apis.calls("chat.postMessage").get(0).body();

        assertThat(String.valueOf(dm.get("text"))).isEqualTo(":rotating_light: #1 CRITICAL: Checkout 5xx above 2% (You are paged (on call in sre-primary))");
        assertThat(String.valueOf(dm.get("blocks"))).contains("action_id=incident_acknowledge", "action_id=incident_resolve",
                "action_id=incident_escalate", "value=1", "block_id=incident-1");
    }

    @Test
    void duplicateDeliveryOfAStep_pagesOnce(Emulated aws) {
        world = new StepWorld(aws);
        world.trigger("k");
        String event = world.moto.sqsBodies().stream().filter(b -> b.contains("EscalationStepDue")).findFirst().orElseThrow();

        world.deliverEvents();
        Map<String, Object> again = world.deliver(event);
        Map<String, Object> viaSchedule = world.deliverStep(1, 0);

        assertThat(again).containsEntry("outcome", "skipped: stale_step");
        assertThat(viaSchedule).containsEntry("outcome", "skipped: stale_step");
        assertThat(world.smsNumbers()).containsExactly(CAROL_PHONE);
        assertThat(world.timeline(1)).filteredOn(e -> e.kind() == Kind.ESCALATED).hasSize(1);
    }

    @Test
    void simultaneousDeliveriesOfOneStep_pageOnce(Emulated aws) throws Exception {
        world = new StepWorld(aws);
        world.trigger("k");
        world.deliverEvents();
        world.clock.advance(FIVE);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Map<String, Object>> outcomes = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Map<String, Object>>> futures = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return world.deliverStep(1, 1);
                }));
            }
            start.countDown();
            for (Future<Map<String, Object>> f : futures) {
                outcomes.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).filteredOn(o -> o.get("outcome").equals("paged")).hasSize(1);
        assertThat(world.smsNumbers()).containsExactly(CAROL_PHONE, ALICE_PHONE);
        assertThat(world.apis.calls("SendVoiceMessage")).hasSize(1);
    }

    @Test
    void stepDeliveredAfterTheAcknowledgement_pagesNobody(Emulated aws) {
        world = new StepWorld(aws);
        world.trigger("k");
        world.deliverEvents();
        world.clock.advance(Duration.ofMinutes(2));
        world.runtime.desk().acknowledge(1, Actor.member("carol", "Carol Suzuki", "slack"), world.clock.instant());
        world.clock.advance(Duration.ofMinutes(3));

        Map<String, Object> late = world.deliverStep(1, 1);

        assertThat(late).containsEntry("outcome", "skipped: acknowledged");
        assertThat(world.schedules.all()).as("the acknowledgement cancelled the pending schedule").isEmpty();
        assertThat(world.smsNumbers()).containsExactly(CAROL_PHONE);
        assertThat(world.deliver("{\"sweep\":true}")).isEqualTo(Map.of("sweep", List.of()));
    }

    @Test
    void smsTheServiceRefuses_isRecordedOnTheTimeline_andTheEscalationGoesOn(Emulated aws) {
        world = new StepWorld(aws, StepWorld.phoneOf("carol", "090-3456-7890"));
        world.trigger("k");

        world.deliverEvents();
        world.clock.advance(FIVE);
        List<Map<String, Object>> fired = world.fireDueSchedules();

        assertThat(fired).containsExactly(Map.of("incident", 1, "step", 1, "outcome", "paged"));
        TimelineEntry refused = world.timeline(1).stream().filter(e -> e.kind() == Kind.PAGE_FAILED).findFirst().orElseThrow();
        assertThat(refused.channel()).isEqualTo("sms");
        assertThat(refused.target()).isEqualTo("Carol Suzuki");
        assertThat(refused.detail()).startsWith("SMS refused: ").contains("destinationPhoneNumber").doesNotContain("3456");
        assertThat(world.pages(1)).as("refused once, not tried again").containsExactly("PAGE_FAILED sms Carol Suzuki", "PAGED slack Carol Suzuki",
                "PAGED sms Alice Sato", "PAGED voice Alice Sato", "PAGED slack Alice Sato", "PAGED slack <#C0ONCALL>");
        assertThat(world.apis.calls()).as("the channel's page names it as text, not as a mention escaped into noise")
                .filteredOn(c -> "C0ONCALL".equals(c.body().get("channel")))
                .anySatisfy(c -> assertThat(String.valueOf(c.body().get("text"))).endsWith("(Paging this channel: tier 2)"))
                .noneSatisfy(c -> assertThat(String.valueOf(c.body().get("text"))).contains("&lt;#"));
    }

    @Test
    void voiceServiceFailing_isRecorded_andTheOtherChannelsAndTheNextTierGoOn(Emulated aws) {
        world = new StepWorld(aws);
        world.apis.fail("SendVoiceMessage", 500);
        world.trigger("k");
        world.deliverEvents();
        world.clock.advance(FIVE);

        world.fireDueSchedules();

        assertThat(world.pages(1)).contains("PAGED sms Alice Sato", "PAGE_FAILED voice Alice Sato", "PAGED slack <#C0ONCALL>");
        assertThat(world.timeline(1)).filteredOn(e -> e.kind() == Kind.PAGE_FAILED).singleElement()
                .satisfies(e -> assertThat(e.detail()).startsWith("voice call failed: "));
        assertThat(world.schedules.all()).extracting(OneTimeSchedules.Schedule::name).containsExactly("incident-1-step-2");
    }

    @Test
    void sweep_runsAStepWhoseScheduleWasLost_onceItIsAMinuteOverdue(Emulated aws) {
        world = new StepWorld(aws);
        world.trigger("k");
        world.deliverEvents();
        world.schedules.takeDue(T0.plus(Duration.ofDays(1)));

        world.clock.advance(FIVE.plusSeconds(30));
        Map<String, Object> early = world.deliver(RepoFiles.read("events/escalation-step-sweep.json"));
        world.clock.advance(Duration.ofSeconds(30));
        Map<String, Object> overdue = world.deliver(RepoFiles.read("events/escalation-step-sweep.json"));

        assertThat(early).isEqualTo(Map.of("sweep", List.of()));
        assertThat(overdue).isEqualTo(Map.of("sweep", List.of(Map.of("incident", 1, "step", 1, "outcome", "paged"))));
        assertThat(world.timeline(1)).filteredOn(e -> e.kind() == Kind.ESCALATED).extracting(TimelineEntry::detail)
                .containsExactly("tier 1 of 3, pass 1 of 2", "tier 2 of 3, pass 1 of 2 (found overdue by the sweep)");
        assertThat(world.smsNumbers()).containsExactly(CAROL_PHONE, ALICE_PHONE);
    }

    @Test
    void policy_repeatsAsConfigured_thenTheIncidentStaysOpenAndSlackSaysSo(Emulated aws) {
        world = new StepWorld(aws);
        world.trigger("k");
        world.deliverEvents();
        for (int i = 0; i < 10; i++) {
            world.clock.advance(Duration.ofMinutes(10));
            world.fireDueSchedules();
        }

        assertThat(world.timeline(1)).filteredOn(e -> e.kind() == Kind.ESCALATED).extracting(TimelineEntry::detail).containsExactly(
                "tier 1 of 3, pass 1 of 2", "tier 2 of 3, pass 1 of 2", "tier 3 of 3, pass 1 of 2",
                "tier 1 of 3, pass 2 of 2", "tier 2 of 3, pass 2 of 2", "tier 3 of 3, pass 2 of 2");
        assertThat(world.timeline(1)).filteredOn(e -> e.kind() == Kind.EXHAUSTED).hasSize(1);
        Incident incident = world.runtime.desk().incident(1).orElseThrow();
        assertThat(incident.status().isOpen()).isTrue();
        assertThat(incident.nextStepAt()).isNull();
        assertThat(world.schedules.all()).isEmpty();
        assertThat(world.apis.slackTexts()).last().asString().contains("Escalation finished: every tier was paged 2 times and nobody acknowledged");
        assertThat(world.moto.topicMessages()).hasSize(2).allSatisfy(m -> assertThat(m.topicArn()).isEqualTo(world.pagesTopic));
        world.clock.advance(Duration.ofHours(1));
        assertThat(world.deliver("{\"sweep\":true}")).isEqualTo(Map.of("sweep", List.of()));
    }

    @Test
    void escalateNow_pagesThePendingTierAtOnce_andReplacesItsSchedule(Emulated aws) {
        world = new StepWorld(aws);
        world.trigger("k");
        world.deliverEvents();
        world.clock.advance(Duration.ofMinutes(1));

        world.runtime.desk().escalateNow(1, Actor.member("carol", "Carol Suzuki", "slack"), world.clock.instant());
        List<Map<String, Object>> outcomes = world.deliverEvents();

        assertThat(outcomes).containsExactly(Map.of("incident", 1, "step", 1, "outcome", "paged"));
        assertThat(world.schedules.all()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("incident-1-step-2");
            assertThat(s.at()).isEqualTo(T0.plus(Duration.ofMinutes(6)));
        });
        assertThat(world.timeline(1)).extracting(TimelineEntry::kind).contains(Kind.NOTE);
    }

    @Test
    void theStepDueSampleEvent_runsTheFirstStep(Emulated aws) {
        world = new StepWorld(aws);
        world.trigger("k");

        Map<String, Object> outcome = world.deliver(RepoFiles.read("events/escalation-step-step-due.json"));

        assertThat(outcome).isEqualTo(Map.of("incident", 1, "step", 0, "outcome", "paged"));
    }

    @Test
    void stepOfAnUnknownIncident_isSkipped(Emulated aws) {
        world = new StepWorld(aws);

        assertThat(world.deliver(RepoFiles.read("events/escalation-step-schedule.json")))
                .isEqualTo(Map.of("incident", 1, "step", 1, "outcome", "skipped: unknown_incident"));
    }

    @Test
    void incidentWhosePolicyWasRemovedFromTheConfiguration_stopsEscalatingAndSaysWhy(Emulated aws) {
        world = new StepWorld(aws, c -> new dev.touban.domain.config.OncallConfig(c.members(), c.teams(), java.util.Map.of(), List.of(), c.services()));
        world.trigger("k");

        List<Map<String, Object>> outcomes = world.deliverEvents();
        world.clock.advance(Duration.ofMinutes(10));

        assertThat(outcomes).containsExactly(Map.of("incident", 1, "step", 0, "outcome", "skipped: unknown_policy"));
        assertThat(world.timeline(1)).extracting(TimelineEntry::detail).contains(
                "Escalation stopped: policy sre-default is no longer in oncall.yaml. The incident stays open.");
        assertThat(world.runtime.desk().incident(1).orElseThrow().escalating()).isFalse();
        assertThat(world.apis.slackTexts()).singleElement().asString().contains("Escalation stopped: policy sre-default");
        assertThat(world.deliver("{\"sweep\":true}")).isEqualTo(Map.of("sweep", List.of()));
    }

    @Test
    void incidentPastTheEndOfAPolicyThatLostTiers_isClosedOnce_andTheSweepDoesNotFindItAgain(Emulated aws) {
        world = new StepWorld(aws);
        world.trigger("k");
        world.deliverEvents();
        world.clock.advance(FIVE);
        world.fireDueSchedules();
        var c = world.runtime.config();
        var p = c.policies().get(0);
        var shrunk = new dev.touban.domain.config.OncallConfig(c.members(), c.teams(), Map.of(),
                List.of(new dev.touban.domain.escalation.EscalationPolicy(p.id(), p.teamId(), p.tiers().subList(0, 2), 0)), c.services());
        EscalationStepHandler redeployed = world.handlerWith(shrunk);
        world.clock.advance(Duration.ofMinutes(6));

        Map<String, Object> first = StepWorld.deliver(redeployed, "{\"sweep\":true}");
        Map<String, Object> second = StepWorld.deliver(redeployed, "{\"sweep\":true}");

        assertThat(first).isEqualTo(Map.of("sweep", List.of(Map.of("incident", 1, "step", 2, "outcome", "skipped: exhausted"))));
        assertThat(second).isEqualTo(Map.of("sweep", List.of()));
        assertThat(world.timeline(1)).extracting(TimelineEntry::detail)
                .contains("Escalation finished: policy sre-default has no tier left to page. The incident stays open.");
        assertThat(world.runtime.desk().incident(1).orElseThrow().escalating()).isFalse();
    }

    @Test
    void badInput_isRefusedWithAClearError_andChangesNothing(Emulated aws) {
        world = new StepWorld(aws);
        world.trigger("k");
        var before = world.items();

        assertThatThrownBy(() -> world.deliver("{\"hello\":1}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an escalation step: expected {\"incident\":n,\"step\":s}, an EscalationStepDue event, or {\"sweep\":true}; got keys [hello]");
        assertThatThrownBy(() -> world.deliver("{\"incident\":\"one\",\"step\":0}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'incident' must be a whole number, not one");
        assertThatThrownBy(() -> world.deliver("{\"incident\":1,\"step\":-1}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'step' must be a whole number, not -1");
        assertThatThrownBy(() -> world.deliver("{\"detail-type\":\"IncidentTriggered\",\"detail\":{\"incident\":1}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unexpected EventBridge event 'IncidentTriggered'");
        assertThatThrownBy(() -> world.deliver("[1]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an escalation step is a JSON object");
        assertThat(world.items()).isEqualTo(before);
        assertThat(world.smsNumbers()).isEmpty();
    }
}
