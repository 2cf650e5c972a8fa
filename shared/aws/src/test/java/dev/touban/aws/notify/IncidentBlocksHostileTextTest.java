package dev.touban.aws.notify;

import static dev.touban.testing.HostileText.ALL;
import static dev.touban.testing.HostileText.assertInertMrkdwn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.Link;
import dev.touban.domain.incident.Severity;
import dev.touban.testing.HostileText;
import dev.touban.testing.RepoFiles;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Block Kit incident message (SlackNotifier's pages, SlackIncidentBoard's updates) with an attacker's summary, source, links and User-Agent. */
class IncidentBlocksHostileTextTest {
    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");
    private final OncallConfig config = ConfigLoader.fromFile(RepoFiles.path("config/oncall.example.yaml"));
    private final IncidentBlocks blocks = new IncidentBlocks(config);

    @Test
    void hostileAlertAndActorText_leavesNoMentionLinkOrMarkupActive_inTextOrBlocks() {
        Alert alert = new Alert(ALL, ALL, Severity.CRITICAL, ALL, ALL, ALL, ALL, T0, ALL, null, List.of(
                new Link("https://grafana.example/d/1?a=1&b=<!channel>|x", ALL), new Link("javascript:alert(1)", "<!channel>")));
        for (IncidentStatus status : IncidentStatus.values()) {
            Actor hostile = Actor.system(ALL, "Events API");
            Incident incident = new Incident(1, "web", "disk", "web", "sre", "sre-default", alert, status, 3, 1, null, T0,
                    status == IncidentStatus.TRIGGERED ? null : hostile, T0, status == IncidentStatus.RESOLVED ? hostile : null, T0, 0);

            String text = blocks.text(incident, "Paging " + ALL);
            List<java.util.Map<String, Object>> content = blocks.blocks(incident, "Acknowledged by " + ALL);

            assertInertMrkdwn(text);
            assertInertMrkdwn(content);
            assertThat(text).contains("&lt;!channel&gt;", "&lt;https://evil.example|Runbook&gt;", "Tom &amp; Jerry");
            assertThat(HostileText.strings(content)).noneMatch(s -> s.contains("javascript:"));
        }
    }
}
