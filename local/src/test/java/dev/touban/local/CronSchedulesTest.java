package dev.touban.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CronSchedulesTest {
    private static final Instant T0 = Instant.parse("2026-12-07T00:00:00Z");
    private static final RequestStreamHandler ECHO = (in, out, context) -> out.write(
            ("{\"input\":" + new String(in.readAllBytes(), StandardCharsets.UTF_8) + "}").getBytes(StandardCharsets.UTF_8));

    @Test
    void theTemplatesHandoffSweep_isARate_firedOnlyWhereItsWakeupsSay_withTheScheduleInput() {
        TemplateSchedules template = TemplateSchedules.fromRepository();
        assertThat(template.schedules()).filteredOn(s -> s.functionId().equals("RotationHandoffFunction"))
                .singleElement().satisfies(s -> assertThat(s.isRate()).isTrue());
        CronSchedules schedules = new CronSchedules(template, Map.of("RotationHandoffFunction", ECHO),
                Map.of("RotationHandoffFunction", (after, upTo) -> List.of(T0.plusSeconds(3600), T0.plusSeconds(7200))
                        .stream().filter(t -> t.isAfter(after) && !t.isAfter(upTo)).toList()));

        List<LocalScheduler.Due> due = schedules.dueIn(T0, T0.plusSeconds(5000));

        assertThat(due).singleElement().satisfies(d -> {
            assertThat(d.at()).isEqualTo(T0.plusSeconds(3600));
            assertThat(d.name()).isEqualTo("RotationHandoffFunction.HandoffSweep");
            @SuppressWarnings("unchecked")
            Map<String, Object> input = (Map<String, Object>) ((Map<String, Object>) d.run().get()).get("input");
            assertThat(input).containsEntry("action", "sweep").containsEntry("scheduledTime", "2026-12-07T01:00:00Z")
                    .containsEntry("attempt", "1");
        });
    }

    @Test
    void aRateWithoutWakeups_doesNotFire() {
        CronSchedules schedules = new CronSchedules(TemplateSchedules.fromRepository(), Map.of("RotationHandoffFunction", ECHO,
                "EscalationStepFunction", ECHO), Map.of());

        assertThat(schedules.dueIn(T0, T0.plusSeconds(86_400 * 7))).isEmpty();
    }
}
