package dev.touban.handoff;

import static dev.touban.handoff.HandoffFixture.invoke;
import static dev.touban.testing.HostileText.assertInertMrkdwn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.testing.HostileText;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A roster whose names carry Slack markup: the handoff posts show it as text, with no broadcast or link. */
class HandoffHostileTextTest extends ExampleRosterHandoffs {
    HandoffHostileTextTest() {
        super(DEC_7.plusSeconds(2));
    }

    @Test
    void hostileTeamAndMemberNames_inTheHandoffPosts_areInert(@TempDir Path dir) {
        OncallConfig hostile = ConfigLoader.fromFile(HostileText.hostileRoster(dir));

        invoke(fx.handler(hostile, clock), "rotation-handoff-sweep.json");

        assertThat(fx.slack.calls("chat.postMessage")).hasSize(2).allSatisfy(post -> {
            assertInertMrkdwn(post.body());
            assertThat((String) post.body().get("text")).contains("&lt;!channel&gt;");
        });
    }
}
