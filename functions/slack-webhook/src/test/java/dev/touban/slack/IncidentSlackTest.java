package dev.touban.slack;

import static dev.touban.slack.SlackWorld.T0;
import static dev.touban.slack.SlackWorld.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import dev.touban.domain.incident.TimelineEntry;
import dev.touban.testing.ApiRecorder;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmulatorExtension.class)
class IncidentSlackTest {
    private static final String ALICE = "U01ALICE";
    private static final String BOB = "U02BOB";
    private static final String CAROL = "U03CAROL";

    private SlackWorld world;

    @BeforeEach
    void setUp(Emulated aws) {
        world = new SlackWorld(aws);
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void call_opensAnIncidentForTheCallersTeam_throughItsDefaultPolicy_andSaysSoInTheChannel() {
        Map<String, Object> reply = world.command(BOB, "call checkout returns 500s");

        assertThat(SlackWorld.responseType(reply)).isEqualTo("in_channel");
        assertThat(text(reply)).isEqualTo(":rotating_light: <@U02BOB> is calling SRE: checkout returns 500s\n"
                + "Incident *#1*: whoever is on call is being paged until someone acknowledges.");
        Incident incident = world.runtime.desk().incident(1).orElseThrow();
        assertThat(incident.teamId()).isEqualTo("sre");
        assertThat(incident.policyId()).isEqualTo("sre-default");
        assertThat(incident.scope()).isEqualTo("call-sre");
        assertThat(incident.alert().source()).isEqualTo("Slack: Bob Tanaka");
        assertThat(incident.alert().severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void call_retriedBySlack_opensNothingNew() {
        String event = world.slack.signedEvent("slack-command-who.json", Map.of("user_id", BOB, "text", "call checkout down"), T0);

        world.invoke(event);
        Map<String, Object> retry = world.invoke(event);

        assertThat(text(retry)).contains("Incident *#1*");
        assertThat(world.runtime.desk().open()).hasSize(1);
    }

    @Test
    void call_withoutWhatIsBroken_pagesNobody() {
        Map<String, Object> reply = world.command(BOB, "call");

        assertThat(text(reply)).startsWith("Say what is broken");
        assertThat(world.runtime.desk().open()).isEmpty();
    }

    @Test
    void ack_secondAck_byAMemberInAnotherZone_isToldTheTimeInTheTeamsZone() {
        open();
        world.command(BOB, "ack 1");

        Map<String, Object> fromLosAngeles = world.command("U04DAVE", "ack 1");
        world.press("U04DAVE", "incident_acknowledge", "1", "dave-ack");
        world.settle();

        assertThat(text(fromLosAngeles)).isEqualTo("#1 was already acknowledged by Bob Tanaka at Sat 28 Nov 18:00 JST.");
        assertThat(world.apis.calls("response_url")).last()
                .satisfies(c -> assertThat(String.valueOf(c.body().get("text"))).isEqualTo("#1 was already acknowledged by Bob Tanaka at Sat 28 Nov 18:00 JST."));
    }

    @Test
    void ack_acknowledges_andASecondAckIsToldWhoWasFirst() {
        open();

        Map<String, Object> first = world.command(BOB, "ack 1");
        world.clock.advance(Duration.ofMinutes(1));
        Map<String, Object> second = world.command(ALICE, "ack #1");

        assertThat(text(first)).isEqualTo(":eyes: <@U02BOB> acknowledged *#1* Disk full on db-1. Escalation stopped; updating the board.");
        assertThat(text(second)).isEqualTo("#1 was already acknowledged by Bob Tanaka at Sat 28 Nov 18:00 JST.");
        assertThat(world.runtime.desk().incident(1).orElseThrow().acknowledgedBy()).isEqualTo(Actor.member("bob", "Bob Tanaka", "Slack"));
    }

    @Test
    void ack_answersBeforeAnySlackCall_andTheBoardFollowsOffTheRequestPath() {
        open();
        world.runtime.escalator().run(1, 0, dev.touban.domain.escalation.StepCause.NOW, T0);
        world.apis.clear();

        Map<String, Object> reply = world.command(BOB, "ack 1");

        assertThat(text(reply)).endsWith("Escalation stopped; updating the board.");
        assertThat(world.apis.calls()).isEmpty();
        assertThat(world.moto.sqsBodies()).filteredOn(b -> b.contains("SlackFollowUp")).singleElement().asString()
                .contains("\"kind\": \"board\", \"incident\": 1").contains("Acknowledged by Bob Tanaka via Slack");
        world.settle();
        assertThat(world.apis.calls("chat.update")).extracting(c -> c.body().get("channel")).containsExactlyInAnyOrder("DU03CAROL", "C0ONCALL");
    }

    @Test
    void ackAndResolve_withoutANumberOrOfNoIncident_sayHowAndChangeNothing() {
        open();

        assertThat(text(world.command(BOB, "ack"))).startsWith("Which incident? Send `/oncall ack <number>`");
        assertThat(text(world.command(BOB, "ack one"))).startsWith("Which incident?");
        assertThat(text(world.command(BOB, "ack 99"))).isEqualTo("There is no incident #99.");
        assertThat(text(world.command(BOB, "resolve"))).startsWith("Which incident? Send `/oncall resolve <number>`");
        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
    }

    @Test
    void resolve_resolves_andTheOpenListEmpties() {
        open();

        assertThat(text(world.command(CAROL, "resolve 1"))).isEqualTo(":white_check_mark: <@U03CAROL> resolved *#1* Disk full on db-1; updating the board.");
        assertThat(text(world.command(CAROL, "resolve 1"))).startsWith("#1 was already resolved by Carol Suzuki");
        assertThat(text(world.command(CAROL, "incidents"))).isEqualTo(":sunny: No open incidents for your teams.");
    }

    @Test
    void incidents_listsTheOpenOnes_andIncidentShowsTheTimeline() {
        open();
        world.clock.advance(Duration.ofMinutes(1));
        world.runtime.desk().trigger(new NewIncident("web", "cpu", "web", "sre", "sre-default",
                Alert.simple("CPU 98% on web-3", "web-3", Severity.WARNING)), world.clock.instant());
        world.clock.advance(Duration.ofMinutes(2));
        world.command(BOB, "ack 2");

        String list = text(world.command(ALICE, "incidents"));
        String one = text(world.command(ALICE, "incident 2"));

        assertThat(list).isEqualTo("2 open incidents:\n"
                + "• *#1* CRITICAL Disk full on db-1 · since Sat 28 Nov 18:00 JST · not acknowledged\n"
                + "• *#2* WARNING CPU 98% on web-3 · since Sat 28 Nov 18:01 JST · acknowledged by Bob Tanaka");
        assertThat(one).isEqualTo("*#2* WARNING CPU 98% on web-3\nStatus: acknowledged · source web-3\n"
                + "• Sat 28 Nov 18:01 JST  triggered by web-3\n"
                + "• Sat 28 Nov 18:03 JST  acknowledged by Bob Tanaka (Slack)");
    }

    @Test
    void acknowledgeButton_acknowledges_andEveryMessageOfTheIncidentIsEdited() {
        open();
        world.runtime.desk().incident(1);
        world.runtime.escalator().run(1, 0, dev.touban.domain.escalation.StepCause.NOW, T0);
        world.apis.clear();

        Map<String, Object> answer = world.press(BOB, "incident_acknowledge", "1", "bob");

        assertThat(answer.get("statusCode")).isEqualTo(200);
        assertThat(world.runtime.desk().incident(1).orElseThrow().acknowledgedBy()).isEqualTo(Actor.member("bob", "Bob Tanaka", "Slack"));
        assertThat(world.apis.calls()).as("no Slack call on the request path").isEmpty();
        assertThat(world.settle()).isEqualTo(1);
        assertThat(world.apis.calls("chat.update")).extracting(c -> c.body().get("channel")).containsExactlyInAnyOrder("DU03CAROL", "C0ONCALL");
        assertThat(world.apis.calls("chat.update")).allSatisfy(c -> {
            assertThat(String.valueOf(c.body().get("text"))).startsWith(":eyes: #1").contains("Acknowledged by Bob Tanaka via Slack");
            assertThat(String.valueOf(c.body().get("blocks"))).contains("incident_resolve").doesNotContain("incident_acknowledge")
                    .doesNotContain("incident_escalate");
        });
        assertThat(world.apis.calls("response_url")).isEmpty();
        assertThat(world.schedules().isEmpty()).isTrue();
    }

    @Test
    void twentySimultaneousAcknowledgePresses_oneWins_andTheOthersAreToldWhoWasFirst() throws Exception {
        open();
        List<String> people = List.of(ALICE, BOB, CAROL);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Map<String, Object>>> presses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String who = people.get(i % people.size());
                String name = "press-" + i;
                presses.add(pool.submit(() -> {
                    start.await();
                    return world.press(who, "incident_acknowledge", "1", name);
                }));
            }
            start.countDown();
            for (Future<Map<String, Object>> p : presses) {
                assertThat(p.get().get("statusCode")).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        world.settle();

        Incident incident = world.runtime.desk().incident(1).orElseThrow();
        List<ApiRecorder.Call> told = world.apis.calls("response_url");
        assertThat(told).hasSize(19).allSatisfy(c -> {
            assertThat(c.body()).containsEntry("response_type", "ephemeral").containsEntry("replace_original", false);
            assertThat(String.valueOf(c.body().get("text"))).isEqualTo("#1 was already acknowledged by " + incident.acknowledgedBy().name()
                    + " at Sat 28 Nov 18:00 JST.");
        });
        assertThat(world.runtime.desk().timeline(1)).filteredOn(e -> e.kind() == TimelineEntry.Kind.ACKNOWLEDGED).hasSize(1);
    }

    @Test
    void resolveButton_resolves_andEscalateButtonOnAResolvedIncidentSaysItIsNotEscalating() {
        open();

        world.press(CAROL, "incident_resolve", "1", "resolve");
        world.press(CAROL, "incident_escalate", "1", "escalate");
        world.settle();

        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(world.apis.calls("response_url")).singleElement()
                .satisfies(c -> assertThat(c.body().get("text")).isEqualTo("#1 is not escalating (resolved)."));
    }

    @Test
    void escalateButton_asksForTheNextTierNow() {
        open();

        world.press(CAROL, "incident_escalate", "1", "escalate");
        world.settle();

        assertThat(world.apis.calls("response_url")).singleElement()
                .satisfies(c -> assertThat(c.body().get("text")).isEqualTo(":mega: Paging the next tier of #1 now."));
        assertThat(world.moto.sqsBodies()).filteredOn(b -> b.contains("EscalationStepDue")).hasSize(2);
    }

    @Test
    void pressBySomeoneOutsideTheRoster_isToldSo_andChangesNothing() {
        open();

        world.press("U09STRANGER", "incident_acknowledge", "1", "stranger");
        world.settle();

        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(String.valueOf(world.apis.calls("response_url").get(0).body().get("text"))).startsWith("You (<@U09STRANGER>) are not in Touban's roster");
    }

    @Test
    void pressWithAResponseUrlOutsideSlack_isNeverAnswered() {
        open();
        int before = world.apis.calls().size();

        // a loopback URL that is not the allowed recorder endpoint (as the Lambda Runtime API would be), and another host
        world.pressAnsweringTo("U09STRANGER", "incident_acknowledge", "1", world.apis.slackBase() + "chat.postMessage");
        world.pressAnsweringTo("U09STRANGER", "incident_acknowledge", "1", "https://attacker.example/steal");

        assertThat(world.apis.calls()).hasSize(before);
        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
    }

    @Test
    void badInteractions_areRefused_andChangeNothing() {
        open();
        String unsigned = unsignedSample();

        assertThat(world.invoke(unsigned).get("statusCode")).isEqualTo(401);
        assertThat(world.interaction("nothing=here").get("statusCode")).isEqualTo(400);
        assertThat(world.interaction("payload=%7Bnot+json").get("statusCode")).isEqualTo(400);
        assertThat(world.interaction("payload=%5B1%5D").get("statusCode")).isEqualTo(400);
        assertThat(world.press(BOB, "incident_acknowledge", "one", "x").get("statusCode")).isEqualTo(400);
        assertThat(world.interaction("payload=%7B%22type%22%3A%22view_submission%22%7D").get("statusCode")).isEqualTo(200);
        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(world.settle()).isZero();
        assertThat(world.apis.calls()).isEmpty();
    }

    /** The sample press exactly as stored: its signature is a placeholder, so it must be refused. */
    private static String unsignedSample() {
        return dev.touban.testing.RepoFiles.read("events/slack-interaction-acknowledge.json");
    }

    private void open() {
        world.runtime.desk().trigger(new NewIncident("web", "disk", "web", "sre", "sre-default",
                Alert.simple("Disk full on db-1", "db-1", Severity.CRITICAL)), T0);
    }
}
