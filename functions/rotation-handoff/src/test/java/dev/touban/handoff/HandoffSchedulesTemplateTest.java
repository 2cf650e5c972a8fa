package dev.touban.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.handoff.HandoffCron;
import dev.touban.domain.rotation.Rotation;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.TemplateTable;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** template.yaml's handoff schedules and the example roster agree: one cron per rotation, in its zone, with retries and a DLQ. */
class HandoffSchedulesTemplateTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyRotation_hasItsSchedule_andEverySchedule_aRotation() throws IOException {
        OncallConfig config = ConfigLoader.fromFile(RepoFiles.path("config/oncall.example.yaml"));
        Map<String, Object> template = (Map<String, Object>) TemplateTable.load(RepoFiles.read("template.yaml"));
        Map<String, Object> function = (Map<String, Object>) ((Map<String, Object>) template.get("Resources")).get("RotationHandoffFunction");
        Map<String, Object> events = (Map<String, Object>) ((Map<String, Object>) function.get("Properties")).get("Events");

        Set<String> scheduled = new HashSet<>();
        for (Object e : events.values()) {
            Map<String, Object> event = (Map<String, Object>) e;
            assertThat(event.get("Type")).isEqualTo("ScheduleV2");
            Map<String, Object> props = (Map<String, Object>) event.get("Properties");
            Map<String, Object> input = JSON.std.mapFrom((String) props.get("Input"));
            Team team = config.team((String) input.get("team")).orElseThrow(() -> new AssertionError("no team " + input.get("team")));
            Rotation rotation = team.rotations().stream().filter(r -> r.id().equals(input.get("rotation"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no rotation " + input.get("rotation")));
            assertThat(props.get("ScheduleExpression")).isEqualTo(HandoffCron.expression(rotation));
            assertThat(props.get("ScheduleExpressionTimezone")).isEqualTo(rotation.zone().getId());
            assertThat(input).isEqualTo(JSON.std.mapFrom(HandoffCron.input(team.id(), rotation)));
            assertThat((Map<String, Object>) props.get("RetryPolicy")).containsKeys("MaximumRetryAttempts", "MaximumEventAgeInSeconds");
            assertThat((Map<String, Object>) props.get("DeadLetterConfig")).containsKey("Arn");
            scheduled.add(rotation.id());
        }
        assertThat(scheduled).containsExactlyInAnyOrderElementsOf(
                config.teams().stream().flatMap(t -> t.rotations().stream()).map(Rotation::id).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void sampleEvent_isWhatTheScheduleDelivers() throws IOException {
        Map<String, Object> sample = JSON.std.mapFrom(RepoFiles.read("events/rotation-handoff-scheduled.json"));
        Map<String, Object> input = JSON.std.mapFrom(HandoffCron.input("sre",
                ConfigLoader.fromFile(RepoFiles.path("config/oncall.example.yaml")).team("sre").orElseThrow().rotations().getFirst()));

        assertThat(sample.keySet()).isEqualTo(input.keySet());
        input.forEach((k, v) -> {
            if (!String.valueOf(v).startsWith("<aws.scheduler.")) {
                assertThat(sample.get(k)).isEqualTo(v);
            }
        });
    }
}
