package dev.touban.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.TemplateTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sweep's heartbeat: an EMF line per completed sweep, none for a failed one, and the metric the template's alarm watches. */
@ExtendWith(EmulatorExtension.class)
class SweepHeartbeatTest {
    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final SweepHeartbeat heartbeat = new SweepHeartbeat("touban-escalation-step", new PrintStream(printed, true, StandardCharsets.UTF_8));

    @Test
    @SuppressWarnings("unchecked")
    void sweepCompleted_printsOneEmbeddedMetricLine_countingOneRunOfThisFunction() throws IOException {
        heartbeat.sweepCompleted(NOW, 3);

        List<String> lines = lines();
        assertThat(lines).hasSize(1);
        Map<String, Object> line = JSON.std.mapFrom(lines.getFirst());
        Map<String, Object> aws = (Map<String, Object>) line.get("_aws");
        assertThat(aws).containsEntry("Timestamp", NOW.toEpochMilli());
        Map<String, Object> directive = (Map<String, Object>) ((List<Object>) aws.get("CloudWatchMetrics")).getFirst();
        assertThat(directive).containsEntry("Namespace", "Touban")
                .containsEntry("Dimensions", List.of(List.of("FunctionName")))
                .containsEntry("Metrics", List.of(Map.of("Name", "EscalationSweepCompleted", "Unit", "Count")));
        assertThat(line).containsEntry("FunctionName", "touban-escalation-step")
                .containsEntry("EscalationSweepCompleted", 1)
                .containsEntry("sweepSteps", 3);
    }

    @Test
    void everyCompletedSweep_beats_evenWhenItFoundNothingToDo(Emulated aws) {
        try (StepWorld world = new StepWorld(aws)) {
            EscalationStep step = new EscalationStep(world.runtime.escalator(), heartbeat);

            assertThat(step.run(Map.of("sweep", true), NOW)).isEqualTo(Map.of("sweep", List.of()));
            assertThat(step.run(Map.of("sweep", true), NOW.plusSeconds(60))).isEqualTo(Map.of("sweep", List.of()));

            assertThat(lines()).hasSize(2).allSatisfy(l -> assertThat(l).contains("\"EscalationSweepCompleted\":1"));
        }
    }

    @Test
    void aSweepThatFails_printsNoHeartbeat_soTheAlarmSeesSilence(Emulated aws) {
        // the sweep's table is gone: every read fails, as in a DynamoDB outage
        try (StepWorld world = new StepWorld(new Emulated(aws.emulator(), "no-such-table"))) {
            EscalationStep step = new EscalationStep(world.runtime.escalator(), heartbeat);

            assertThatThrownBy(() -> step.run(Map.of("sweep", true), NOW)).isInstanceOf(RuntimeException.class);

            assertThat(printed.size()).isZero();
        }
    }

    @Test
    void aStepThatIsNotASweep_printsNoHeartbeat(Emulated aws) {
        try (StepWorld world = new StepWorld(aws)) {
            EscalationStep step = new EscalationStep(world.runtime.escalator(), heartbeat);

            step.run(Map.of("incident", 7, "step", 0), NOW);

            assertThat(printed.size()).isZero();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTemplatesHeartbeatAlarm_watchesThisMetricOfTheStepFunction_andTreatsSilenceAsBreaching() {
        Map<String, Object> template = (Map<String, Object>) TemplateTable.load(RepoFiles.read("template.yaml"));
        Map<String, Object> alarm = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) template.get("Resources"))
                .get("EscalationSweepHeartbeatAlarm")).get("Properties");

        assertThat(alarm).containsEntry("Namespace", SweepHeartbeat.NAMESPACE)
                .containsEntry("MetricName", SweepHeartbeat.METRIC)
                .containsEntry("TreatMissingData", "breaching")
                .containsEntry("Dimensions", List.of(Map.of("Name", SweepHeartbeat.DIMENSION, "Value", "!Ref EscalationStepFunction")));
    }

    private List<String> lines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
