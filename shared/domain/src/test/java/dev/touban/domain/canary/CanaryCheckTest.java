package dev.touban.domain.canary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.canary.CanaryCheck.Verdict;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.Severity;
import dev.touban.domain.incident.TimelineEntry;
import dev.touban.domain.incident.TimelineEntry.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanaryCheckTest {
    private static final Instant TRIGGERED = Instant.parse("2026-12-05T00:00:00Z");
    private static final Duration WITHIN = Duration.ofMinutes(5);
    private static final Incident CANARY = new Incident(7, "touban-canary", "touban-canary-1", "touban-canary", "touban-canary",
            "touban-canary", Alert.simple("canary", "touban-canary", Severity.INFO), IncidentStatus.TRIGGERED, 1, 1, null,
            TRIGGERED, null, null, null, null, 0);

    @Test
    void judge_delivered_whenSlackWasPagedWithinTheBound_withTheLatencyFromTheTrigger() {
        List<TimelineEntry> timeline = List.of(TimelineEntry.of(TRIGGERED, Kind.TRIGGERED, "events-api", "canary"),
                TimelineEntry.page(TRIGGERED.plusMillis(840), true, "slack", "<#C0CANARY>", "1733356800.000100"));

        assertThat(CanaryCheck.judge(CANARY, timeline, TRIGGERED.plus(Duration.ofMinutes(15)), WITHIN))
                .isEqualTo(new Verdict.Delivered(CANARY, Duration.ofMillis(840)));
    }

    @Test
    void judge_late_whenTheFirstSlackPageCameAfterTheBound() {
        List<TimelineEntry> timeline = List.of(TimelineEntry.page(TRIGGERED.plus(Duration.ofMinutes(6)), true, "slack", "<#C0CANARY>", "ts"));

        assertThat(CanaryCheck.judge(CANARY, timeline, TRIGGERED.plus(Duration.ofMinutes(15)), WITHIN))
                .isEqualTo(new Verdict.Late(CANARY, Duration.ofMinutes(6)));
    }

    @Test
    void judge_ignoresFailedPagesAndOtherChannels() {
        List<TimelineEntry> timeline = List.of(
                TimelineEntry.page(TRIGGERED.plusSeconds(1), false, "slack", "<#C0CANARY>", "channel_not_found"),
                TimelineEntry.page(TRIGGERED.plusSeconds(2), true, "sns", "topic", "message id"));

        assertThat(CanaryCheck.judge(CANARY, timeline, TRIGGERED.plus(WITHIN), WITHIN)).isEqualTo(new Verdict.Waiting(CANARY));
        assertThat(CanaryCheck.judge(CANARY, timeline, TRIGGERED.plus(WITHIN).plusSeconds(1), WITHIN))
                .isEqualTo(new Verdict.Undelivered(CANARY, WITHIN.plusSeconds(1)));
    }

    @Test
    void judge_takesTheEarliestSlackDelivery_whateverTheOrderOfTheTimeline() {
        List<TimelineEntry> timeline = List.of(
                TimelineEntry.page(TRIGGERED.plusSeconds(90), true, "slack", "<#C0CANARY>", "repeat"),
                TimelineEntry.page(TRIGGERED.plusSeconds(2), true, "slack", "<#C0CANARY>", "first"));

        assertThat(CanaryCheck.judge(CANARY, timeline, TRIGGERED.plusSeconds(100), WITHIN))
                .isEqualTo(new Verdict.Delivered(CANARY, Duration.ofSeconds(2)));
    }
}
