package dev.touban.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertTest {

    @Test
    void everyText_isCleaned_andCut_whereverTheAlertIsBuilt() {
        Alert alert = new Alert("disk full \ud83d" + "x".repeat(2000), "db-1\u0000", Severity.CRITICAL, "c\nd", null, null,
                "{\"k\":\"\ud83d\"}", null, "Grafana\u202e", null, List.of(new Link("https://x.example/\u0007", "text\ud800")));

        assertThat(alert.summary()).startsWith("disk full \uFFFDxxx").hasSize(Alert.MAX_SUMMARY).endsWith("…");
        assertThat(alert.source()).isEqualTo("db-1\uFFFD");
        assertThat(alert.component()).isEqualTo("c d");
        assertThat(alert.customDetails()).isEqualTo("{\"k\":\"\uFFFD\"}");
        assertThat(alert.client()).isEqualTo("Grafana\uFFFD");
        assertThat(alert.links()).containsExactly(new Link("https://x.example/\uFFFD", "text\uFFFD"));
    }

    @Test
    void linksBeyondTheBound_areLeftOut() {
        List<Link> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(new Link("https://x.example/" + i, null));
        }

        assertThat(Alert.simple("s", "x", Severity.INFO).links()).isEmpty();
        assertThat(new Alert("s", "x", Severity.INFO, null, null, null, null, null, null, null, many).links())
                .hasSize(Alert.MAX_LINKS).first().isEqualTo(new Link("https://x.example/0", null));
    }

    @Test
    void aCleanAlert_builtAgain_isTheSame() {
        Alert once = new Alert("a\tb \ud83d" + "y".repeat(1100), "s", Severity.ERROR, null, null, null, "d\r\n", null, null, null, List.of());

        assertThat(new Alert(once.summary(), once.source(), once.severity(), once.component(), once.group(), once.eventClass(),
                once.customDetails(), once.timestamp(), once.client(), once.clientUrl(), once.links())).isEqualTo(once);
    }

    @Test
    void aBlankSummary_isRefused() {
        assertThatThrownBy(() -> Alert.simple(" ", "x", Severity.INFO)).isInstanceOf(IllegalArgumentException.class);
    }
}
