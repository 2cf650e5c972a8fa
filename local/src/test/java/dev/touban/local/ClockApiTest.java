package dev.touban.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.testing.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClockApiTest {
    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");

    @Test
    void aSourceOfDueWorkThatFails_isAnswered500_andTheClockStopsShortOfTheTarget() throws Exception {
        LocalClock clock = new LocalClock(new MutableClock(NOW));
        LocalScheduler scheduler = new LocalScheduler(clock).register((after, upTo) -> {
            throw new IllegalStateException("the sweep index cannot be read");
        });

        HttpResponse<String> answer = post(new ClockApi(clock, scheduler), "{\"advance\":\"PT5M\"}");

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body()).contains("the clock stopped at " + NOW).contains("the sweep index cannot be read");
        assertThat(clock.instant()).isEqualTo(NOW);
    }

    @Test
    void aMove_runsWhatFallsDue_andAnswersTheNewTime() throws Exception {
        LocalClock clock = new LocalClock(new MutableClock(NOW));
        LocalScheduler scheduler = new LocalScheduler(clock).register((after, upTo) -> List.of(
                new LocalScheduler.Due(NOW.plus(Duration.ofMinutes(1)), "sweep", () -> "swept")).stream()
                .filter(d -> d.at().isAfter(after) && !d.at().isAfter(upTo)).toList());

        HttpResponse<String> answer = post(new ClockApi(clock, scheduler), "{\"advance\":\"PT5M\"}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"now\":\"2026-12-07T01:05:00Z\"").contains("\"name\":\"sweep\"").contains("swept");
    }

    private static HttpResponse<String> post(ClockApi api, String body) throws Exception {
        return OneRequest.post("/local/clock", api::handle, body);
    }
}
