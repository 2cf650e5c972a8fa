package dev.touban.domain.heartbeat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.heartbeat.HeartbeatMonitor.Decision;
import dev.touban.domain.heartbeat.HeartbeatMonitor.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeartbeatMonitorTest {
    private static final Instant PING = Instant.parse("2026-11-28T09:00:00Z");
    private static final Heartbeat WATCHDOG = new Heartbeat("web", "watchdog", "00", Duration.ofMinutes(5), Duration.ofMinutes(2));
    private static final Heartbeat BACKUP = new Heartbeat("db", "backup", "01", Duration.ofMinutes(60), Duration.ZERO);

    @Test
    void status_walksFromHealthyThroughLateToMissed_atIntervalAndGrace() {
        HeartbeatState pinged = new HeartbeatState("web", "watchdog", PING, null);

        assertThat(HeartbeatMonitor.status(WATCHDOG, pinged, PING.plus(Duration.ofMinutes(5)))).isEqualTo(Status.HEALTHY);
        assertThat(HeartbeatMonitor.status(WATCHDOG, pinged, PING.plus(Duration.ofMinutes(5)).plusMillis(1))).isEqualTo(Status.LATE);
        assertThat(HeartbeatMonitor.status(WATCHDOG, pinged, PING.plus(Duration.ofMinutes(7)))).isEqualTo(Status.LATE);
        assertThat(HeartbeatMonitor.status(WATCHDOG, pinged, PING.plus(Duration.ofMinutes(7)).plusMillis(1))).isEqualTo(Status.MISSED);
        assertThat(HeartbeatMonitor.status(WATCHDOG, null, PING.plus(Duration.ofDays(30)))).isEqualTo(Status.WAITING);
    }

    @Test
    void check_opensOnePerMissedHeartbeat_neverForOneNeverPinged_norTwiceForOneAlreadyOpen() {
        Instant now = PING.plus(Duration.ofHours(2));
        List<HeartbeatState> states = List.of(new HeartbeatState("web", "watchdog", PING, null), new HeartbeatState("db", "backup", PING, 7L));

        List<Decision> decisions = HeartbeatMonitor.check(List.of(WATCHDOG, BACKUP), states, now);

        assertThat(decisions).containsExactly(new Decision.Open(WATCHDOG, PING, PING.plus(Duration.ofMinutes(7))));
        assertThat(HeartbeatMonitor.check(List.of(WATCHDOG), List.of(), now)).as("never pinged: waiting").isEmpty();
    }

    @Test
    void check_resolvesTheRememberedIncident_ofAHeartbeatPingedAgain() {
        Instant now = PING.plus(Duration.ofMinutes(1));
        List<HeartbeatState> states = List.of(new HeartbeatState("web", "watchdog", PING, 3L));

        assertThat(HeartbeatMonitor.check(List.of(WATCHDOG), states, now)).containsExactly(new Decision.Resolve(WATCHDOG, 3));
    }

    @Test
    void check_ignoresStatesOfHeartbeatsNoLongerConfigured() {
        List<HeartbeatState> states = List.of(new HeartbeatState("web", "gone", PING, null));

        assertThat(HeartbeatMonitor.check(List.of(WATCHDOG), states, PING.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void missesBetween_namesTheFirstWholeMinuteAfterTheDeadline_whenTheSweepFindsTheMiss() {
        List<HeartbeatState> states = List.of(new HeartbeatState("web", "watchdog", PING.plusSeconds(30), null));

        assertThat(HeartbeatMonitor.missesBetween(List.of(WATCHDOG), states, PING, PING.plus(Duration.ofHours(1))))
                .containsExactly(Instant.parse("2026-11-28T09:08:00Z"));
        assertThat(HeartbeatMonitor.missesBetween(List.of(WATCHDOG), states, PING, PING.plus(Duration.ofMinutes(7)))).isEmpty();
    }
}
