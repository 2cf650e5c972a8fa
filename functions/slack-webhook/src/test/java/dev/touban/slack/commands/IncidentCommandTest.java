package dev.touban.slack.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.incident.TimelineEntry;
import dev.touban.domain.language.Language;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentCommandTest {
    private static final Instant AT = Instant.parse("2026-12-07T01:00:00Z");

    @Test
    void aPagedChannel_isShownAsTheChannel_andAHostileTargetStaysInert() {
        assertThat(IncidentCommand.line(TimelineEntry.page(AT, true, "Slack", "<#C0ONCALL>", null), Language.EN))
                .isEqualTo("paged <#C0ONCALL> by Slack");
        assertThat(IncidentCommand.line(TimelineEntry.page(AT, false, "Slack", "<#C0ONCALL>", "channel_not_found"), Language.EN))
                .contains("<#C0ONCALL>").contains("channel_not_found");
        assertThat(IncidentCommand.line(TimelineEntry.page(AT, true, "SMS", "<!channel> Mallory", null), Language.EN))
                .isEqualTo("paged &lt;!channel&gt; Mallory by SMS");
    }
}
