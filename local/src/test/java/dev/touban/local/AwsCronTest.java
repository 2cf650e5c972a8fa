package dev.touban.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AwsCronTest {

    @Test
    void weeklyCron_firesOnTheDayAtLocalTime_acrossDst() {
        AwsCron cron = AwsCron.parse("cron(0 10 ? * MON *)", ZoneId.of("Europe/Berlin"));

        // Mondays 10:00 Berlin around the 29 March 2026 change: 09:00Z before, 08:00Z after
        assertThat(cron.firingsBetween(Instant.parse("2026-03-20T00:00:00Z"), Instant.parse("2026-04-07T00:00:00Z")))
                .containsExactly(Instant.parse("2026-03-23T09:00:00Z"), Instant.parse("2026-03-30T08:00:00Z"),
                        Instant.parse("2026-04-06T08:00:00Z"));
    }

    @Test
    void firings_areAfterTheStart_andUpToTheEndIncluded() {
        AwsCron cron = AwsCron.parse("cron(0 10 ? * MON *)", ZoneId.of("Asia/Tokyo"));
        Instant monday = Instant.parse("2026-12-07T01:00:00Z");

        assertThat(cron.firingsBetween(monday, monday.plusSeconds(60))).isEmpty();
        assertThat(cron.firingsBetween(monday.minusSeconds(60), monday)).containsExactly(monday);
    }

    @Test
    void timeSkippedBySpringForward_firesOnce_justAfter_andTheRepeatedHourOnce() {
        AwsCron cron = AwsCron.parse("cron(30 2 * * ? *)", ZoneId.of("America/New_York"));

        assertThat(cron.firingsBetween(Instant.parse("2026-03-07T12:00:00Z"), Instant.parse("2026-03-09T12:00:00Z")))
                .containsExactly(Instant.parse("2026-03-08T07:30:00Z"), Instant.parse("2026-03-09T06:30:00Z"));
        AwsCron fallBack = AwsCron.parse("cron(30 1 * * ? *)", ZoneId.of("America/New_York"));
        assertThat(fallBack.firingsBetween(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-01T12:00:00Z")))
                .containsExactly(Instant.parse("2026-11-01T05:30:00Z"));
    }

    @Test
    void listsRangesStepsAndNames() {
        AwsCron cron = AwsCron.parse("cron(0/30 9-10 ? JAN MON-WED,FRI 2027)", ZoneId.of("UTC"));

        assertThat(cron.firingsBetween(Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-01-05T00:00:00Z")))
                .containsExactly(Instant.parse("2027-01-01T09:00:00Z"), Instant.parse("2027-01-01T09:30:00Z"),
                        Instant.parse("2027-01-01T10:00:00Z"), Instant.parse("2027-01-01T10:30:00Z"),
                        Instant.parse("2027-01-04T09:00:00Z"), Instant.parse("2027-01-04T09:30:00Z"),
                        Instant.parse("2027-01-04T10:00:00Z"), Instant.parse("2027-01-04T10:30:00Z"));
    }

    @Test
    void unsupportedOrMalformedExpressions_areRefusedClearly() {
        assertThatThrownBy(() -> AwsCron.parse("rate(5 minutes)", ZoneId.of("UTC"))).hasMessageContaining("is not a cron(...)");
        assertThatThrownBy(() -> AwsCron.parse("cron(0 10 * * MON *)", ZoneId.of("UTC"))).hasMessageContaining("must be ?");
        assertThatThrownBy(() -> AwsCron.parse("cron(0 10 L * ? *)", ZoneId.of("UTC"))).hasMessageContaining("uses L, W or #");
        assertThatThrownBy(() -> AwsCron.parse("cron(0 25 * * ? *)", ZoneId.of("UTC"))).hasMessageContaining("out of range");
        assertThatThrownBy(() -> AwsCron.parse("cron(0 10 * *)", ZoneId.of("UTC"))).hasMessageContaining("six fields");
    }
}
