package dev.touban.slack;

import static dev.touban.slack.SlackWorld.T0;
import static dev.touban.slack.SlackWorld.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import dev.touban.domain.incident.TimelineEntry;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Slack requests act only within the caller's teams (and the policies that page them), with a two-team roster. */
@ExtendWith(EmulatorExtension.class)
class TeamBoundaryTest {
    private static final String ALICE = "U01ALICE";
    private static final String BOB = "U02BOB";
    private static final String ERIN = "U05ERIN";
    private static final String FRANK = "U06FRANK";
    private static final String REFUSED = "#1 belongs to SRE: only its members and the people its escalation pages can act on it. Nothing was changed.";

    private SlackWorld world;

    @BeforeEach
    void setUp(Emulated aws) {
        world = new SlackWorld(aws, SlackWorld.TWO_TEAMS);
        world.runtime.desk().trigger(new NewIncident("web", "disk", "web", "sre", "sre-default",
                Alert.simple("Disk full on web-1", "web-1", Severity.CRITICAL)), T0);
        world.runtime.desk().trigger(new NewIncident("call-db", "replica", null, "db", "db-default",
                Alert.simple("Replica lag 10 min", "db-2", Severity.ERROR)), T0);
        world.apis.clear();
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void aDbMember_cannotAckResolveOrReadAnSreIncident_byCommand() {
        assertThat(text(world.command(ERIN, "ack 1"))).isEqualTo(REFUSED);
        assertThat(text(world.command(ERIN, "resolve #1"))).isEqualTo(REFUSED);
        assertThat(text(world.command(ERIN, "incident 1"))).isEqualTo(REFUSED);
        assertThat(SlackWorld.responseType(world.command(ERIN, "ack 1"))).isEqualTo("ephemeral");

        assertUntouched();
    }

    @Test
    void aDbMember_cannotAcknowledgeResolveOrEscalateAnSreIncident_byButton() {
        for (String action : new String[] {"incident_acknowledge", "incident_resolve", "incident_escalate"}) {
            assertThat(world.press(ERIN, action, "1", action).get("statusCode")).isEqualTo(200);
        }
        world.settle();

        assertThat(world.apis.calls("response_url")).hasSize(3)
                .allSatisfy(c -> assertThat(c.body()).containsEntry("text", REFUSED).containsEntry("response_type", "ephemeral"));
        assertThat(world.apis.calls("chat.update")).isEmpty();
        assertThat(world.moto.sqsBodies()).filteredOn(b -> b.contains("EscalationStepDue") && b.contains("\"step\":1")).isEmpty();
        assertUntouched();
    }

    @Test
    void incidents_listsOnlyTheCallersTeams() {
        assertThat(text(world.command(ERIN, "incidents"))).startsWith("1 open incident:\n• *#2* ERROR Replica lag 10 min");
        assertThat(text(world.command(BOB, "incidents"))).startsWith("1 open incident:\n• *#1* CRITICAL Disk full on web-1");
    }

    @Test
    void someoneAnotherTeamsPolicyPages_mayActOnItsIncident_andSeesIt() {
        assertThat(text(world.command(FRANK, "incidents"))).startsWith("2 open incidents:");

        assertThat(text(world.command(FRANK, "ack 1"))).contains("acknowledged *#1*");

        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
    }

    @Test
    void aMemberOfTheTeam_stillActs() {
        assertThat(text(world.command(ERIN, "resolve 2"))).contains("resolved *#2*");
        assertThat(world.runtime.desk().incident(2).orElseThrow().status()).isEqualTo(IncidentStatus.RESOLVED);
    }

    @Test
    void anAdminOfOneTeam_cannotOverrideOrSwapInAnother() {
        String override = text(world.command(ERIN, "override @alice 12/29 1/3"));
        String swap = text(world.command(ALICE, "swap @erin @frank"));

        assertThat(override).startsWith("I don't know `@alice` in Databases.");
        assertThat(swap).startsWith("I don't know `@erin` in SRE.");
        assertThat(text(world.command(ALICE, "overrides"))).doesNotContain("Erin").doesNotContain("Alice Sato covers");
    }

    @Test
    void aPayloadNamingTheUserTwice_isRefused_andChangesNothing() {
        String payload = "{\"type\":\"block_actions\",\"user\":{\"id\":\"U03CAROL\",\"id\":\"U01ALICE\"},"
                + "\"actions\":[{\"action_id\":\"incident_acknowledge\",\"value\":\"1\"}]}";

        Map<String, Object> answer = world.interaction("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8));

        assertThat(answer.get("statusCode")).isEqualTo(400);
        assertThat(String.valueOf(answer.get("body"))).startsWith("Bad interaction: payload is not valid JSON").contains("duplicate");
        assertUntouched();
    }

    private void assertUntouched() {
        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(world.runtime.desk().timeline(1)).extracting(TimelineEntry::kind).containsOnly(TimelineEntry.Kind.TRIGGERED);
    }
}
