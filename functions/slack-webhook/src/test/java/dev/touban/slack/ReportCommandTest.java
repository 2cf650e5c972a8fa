package dev.touban.slack;

import static dev.touban.slack.SlackWorld.T0;
import static dev.touban.slack.SlackWorld.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.escalation.StepCause;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.TimelineEntry;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /oncall report}: the health of the caller's team from the incidents stored, answered
 * only to the caller. T0 is Saturday 28 November 2026, 18:00 in Tokyo: Carol is primary and
 * Alice secondary (config/oncall.example.yaml).
 */
@ExtendWith(EmulatorExtension.class)
class ReportCommandTest {
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
    void report_afterACallAnAckAndAResolve_showsTheTeamsFiguresAndEachPerson() {
        world.command(BOB, "call checkout returns 500s");
        world.runtime.escalator().run(1, 0, StepCause.NOW, T0);
        world.clock.advance(Duration.ofMinutes(3));
        world.command(CAROL, "ack 1");
        world.clock.advance(Duration.ofMinutes(17));
        world.command(CAROL, "resolve 1");

        Map<String, Object> reply = world.command(BOB, "report");

        assertThat(SlackWorld.responseType(reply)).isEqualTo("ephemeral");
        String text = text(reply);
        assertThat(text).startsWith("*On-call health of SRE, 2026-11 so far* (Asia/Tokyo)\n"
                + "*Team*: 1 incident · 1 page · MTTA 3 min median, 3 min p90 · MTTR 20 min median, 20 min p90"
                + " · 1 acknowledged, 0 escalated past tier 1 · pages at night 0, on weekends 1, on holidays 0\n");
        assertThat(text).contains("\n• *Carol Suzuki*: 1 page (night 0, weekend 1, holiday 0) · acknowledged 1"
                + " (MTTA 3 min median, 3 min p90, MTTR 20 min median, 20 min p90) · escalated past them 0");
        assertThat(text).contains("\n• *Bob Tanaka*: 0 pages · acknowledged 0 · escalated past them 0");
        assertThat(text).contains("*Noisiest services*: /oncall call (1 incident, 1 page)").doesNotContain("Noisiest alerts");
    }

    @Test
    void report_ofAnotherMonth_isEmpty_andDedupKeysFromOutsideAreEscaped() {
        world.runtime.desk().trigger(new dev.touban.domain.incident.NewIncident("web", "<!channel> <https://evil|x>", "web", "sre",
                "sre-default", dev.touban.domain.incident.Alert.simple("Disk full", "db-1", dev.touban.domain.incident.Severity.CRITICAL)), T0);
        world.runtime.escalator().run(1, 0, StepCause.NOW, T0);

        String now = text(world.command(ALICE, "report"));
        String october = text(world.command(ALICE, "report 2026-10"));

        assertThat(now).contains("Web shop `&lt;!channel&gt; &lt;https://evil|x&gt;` (1 incident, 1 page)").doesNotContain("<!channel>");
        assertThat(october).startsWith("*On-call health of SRE, 2026-10* (Asia/Tokyo)\nNo incidents this month.");
    }

    @Test
    void report_badMonths_areRefusedWithTheReason_andChangeNothing() {
        world.command(BOB, "call checkout returns 500s");
        List<TimelineEntry> before = world.runtime.desk().timeline(1);
        Incident incident = world.runtime.desk().incident(1).orElseThrow();

        assertThat(text(world.command(BOB, "report 2026-13")))
                .isEqualTo("`2026-13` has no month 13: months run from 01 to 12. Try `/oncall report` or `/oncall report YYYY-MM`.");
        assertThat(text(world.command(BOB, "report 2027-01"))).startsWith("2027-01 has not happened yet (it is 2026-11 in Asia/Tokyo).");
        assertThat(text(world.command(BOB, "report last-month"))).startsWith("`last-month` is not a month: give it as YYYY-MM");
        assertThat(text(world.command(BOB, "report 2019-12"))).startsWith("Reports start in 2020");

        assertThat(world.runtime.desk().timeline(1)).isEqualTo(before);
        assertThat(world.runtime.desk().incident(1)).contains(incident);
    }

    @Test
    void help_listsTheReport() {
        assertThat(text(world.command(BOB, "help"))).contains("`/oncall report [YYYY-MM]`: your team's on-call health this month (or that month)");
    }
}
