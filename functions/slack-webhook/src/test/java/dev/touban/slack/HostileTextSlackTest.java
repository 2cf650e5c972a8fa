package dev.touban.slack;

import static dev.touban.slack.SlackWorld.T0;
import static dev.touban.slack.SlackWorld.text;
import static dev.touban.testing.HostileText.ALL;
import static dev.touban.testing.HostileText.SHORT;
import static dev.touban.testing.HostileText.assertInertMrkdwn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import dev.touban.testing.ApiRecorder;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Text an attacker controls (an alert's summary, source and dedup key, a User-Agent that
 * acknowledged, a check-in note, a called text) through every command reply, button answer
 * and Slack post: no mention, broadcast or link survives.
 */
@ExtendWith(EmulatorExtension.class)
class HostileTextSlackTest {
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
    void hostileText_inEveryIncidentReply_buttonAnswer_andPost_isInert() {
        world.runtime.desk().trigger(new NewIncident("web", "disk", "web", "sre", "sre-default",
                new Alert(ALL, ALL, Severity.CRITICAL, ALL, ALL, ALL, ALL, T0, ALL, null, List.of())), T0);
        List<String> replies = new ArrayList<>();
        replies.add(text(world.command(BOB, "incidents")));
        world.runtime.desk().acknowledge(1, Actor.system(SHORT, "Events API"), T0.plusSeconds(60));
        replies.add(text(world.command(BOB, "incident 1")));
        replies.add(text(world.command(BOB, "ack 1")));
        world.press(CAROL, "incident_acknowledge", "1", "late");
        world.settle();
        replies.add(text(world.command(BOB, "report")));
        replies.add(text(world.command(BOB, "resolve 1")));
        replies.add(text(world.command(BOB, "call " + ALL)));
        replies.add(text(world.command(ALICE, "hello " + SHORT)));
        world.settle();

        assertThat(replies).hasSize(7).allSatisfy(r -> assertThat(r).isNotBlank());
        assertThat(replies.get(0)).contains("&lt;!channel&gt;");
        assertThat(replies.get(2)).contains("already acknowledged by &lt;!channel&gt;");
        replies.forEach(r -> assertInertMrkdwn(r));
        List<ApiRecorder.Call> calls = world.apis.calls();
        assertThat(calls).extracting(ApiRecorder.Call::operation).contains("response_url");
        calls.forEach(c -> assertInertMrkdwn(c.body()));
        assertThat(world.apis.calls("response_url")).singleElement()
                .satisfies(c -> assertThat((String) c.body().get("text")).contains("acknowledged by &lt;!channel&gt;"));
    }
}
