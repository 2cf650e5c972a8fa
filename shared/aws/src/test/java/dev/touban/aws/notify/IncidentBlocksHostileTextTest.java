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

    @Test
    void links_onlyWebLinks_theFirstFiveOfThem_inTheAlertsOrder() {
        List<Link> links = new java.util.ArrayList<>(List.of(new Link("javascript:alert(1)", "x"), new Link(null, "no href")));
        for (int i = 1; i <= 7; i++) {
            links.add(new Link("https://grafana.example/d/" + i, "dashboard " + i));
        }
        Alert alert = new Alert("Checkout 5xx", "prometheus", Severity.CRITICAL, null, null, null, null, T0, null, null, links);
        Incident incident = new Incident(1, "web", "disk", "web", "sre", "sre-default", alert, IncidentStatus.TRIGGERED, 0, 0, null, T0,
                null, null, null, null, 0);

        List<String> strings = HostileText.strings(blocks.blocks(incident, "Paging tier 1"));

        assertThat(strings).anySatisfy(s -> assertThat(s).isEqualTo(String.join(" · ",
                "<https://grafana.example/d/1|dashboard 1>", "<https://grafana.example/d/2|dashboard 2>", "<https://grafana.example/d/3|dashboard 3>",
                "<https://grafana.example/d/4|dashboard 4>", "<https://grafana.example/d/5|dashboard 5>")));
        assertThat(strings).noneMatch(s -> s.contains("javascript:") || s.contains("/d/6") || s.contains("no href"));
    }
}
