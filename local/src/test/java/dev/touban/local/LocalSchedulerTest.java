package dev.touban.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalSchedulerTest {
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void moveTo_runsWhatCameDue_inTimeOrder_withTheClockAtEachDueTime() {
        LocalClock clock = new LocalClock(Clock.fixed(T0, java.time.ZoneOffset.UTC));
        List<String> seen = new ArrayList<>();
        LocalScheduler scheduler = new LocalScheduler(clock)
                .register((after, upTo) -> List.of(
                        due(clock, seen, "b", T0.plusSeconds(300)),
                        due(clock, seen, "late", T0.plusSeconds(9_000))))
                .register((after, upTo) -> List.of(due(clock, seen, "a", T0.plusSeconds(60))).stream()
                        .filter(d -> d.at().isAfter(after) && !d.at().isAfter(upTo)).toList())
                .afterEach(() -> seen.add("collect"));

        List<Map<String, Object>> fired = scheduler.moveTo(T0.plusSeconds(9_000));

        assertThat(seen).containsExactly("a@" + T0.plusSeconds(60), "collect", "b@" + T0.plusSeconds(300), "collect",
                "late@" + T0.plusSeconds(9_000), "collect");
        assertThat(fired).extracting(f -> f.get("name")).containsExactly("a", "b", "late");
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(9_000));
    }

    @Test
    void aFailingRun_isReported_andTheOthersStillRun() {
        LocalClock clock = new LocalClock(Clock.fixed(T0, java.time.ZoneOffset.UTC));
        LocalScheduler scheduler = new LocalScheduler(clock).register((after, upTo) -> List.of(
                new LocalScheduler.Due(T0.plusSeconds(1), "broken", () -> {
                    throw new IllegalStateException("SNS is down");
                }),
                new LocalScheduler.Due(T0.plusSeconds(2), "fine", () -> "ok")));

        List<Map<String, Object>> fired = scheduler.moveTo(T0.plusSeconds(10));

        assertThat(fired.get(0)).containsEntry("error", "IllegalStateException: SNS is down");
        assertThat(fired.get(1)).containsEntry("result", "ok");
    }

    @Test
    void movingBack_runsNothing() {
        LocalClock clock = new LocalClock(Clock.fixed(T0, java.time.ZoneOffset.UTC));
        List<String> seen = new ArrayList<>();
        LocalScheduler scheduler = new LocalScheduler(clock).register((after, upTo) -> List.of(due(clock, seen, "x", T0.minusSeconds(5))));

        assertThat(scheduler.moveTo(T0.minusSeconds(60))).isEmpty();
        assertThat(seen).isEmpty();
        assertThat(clock.instant()).isEqualTo(T0.minusSeconds(60));
    }

    private static LocalScheduler.Due due(LocalClock clock, List<String> seen, String name, Instant at) {
        return new LocalScheduler.Due(at, name, () -> {
            seen.add(name + "@" + clock.instant());
            return name;
        });
    }
}
