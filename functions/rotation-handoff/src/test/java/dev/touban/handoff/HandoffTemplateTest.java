package dev.touban.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.rotation.Rotation;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.TemplateTable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * template.yaml's part of the handoff design: one one-minute schedule that names no rotation,
 * retries and dead-letter queues on both the schedule and the function, and a claim lease that
 * fits between the function's timeout and Lambda's retries.
 */
class HandoffTemplateTest {

    @Test
    void handoffFunction_hasOneMinuteSweep_andNoEventOfItsOwnPerRotation() throws IOException {
        Map<String, Object> function = function();
        Map<String, Object> events = map(function.get("Events"));

        assertThat(events).hasSize(1);
        Map<String, Object> sweep = map(events.values().iterator().next());
        assertThat(sweep.get("Type")).isEqualTo("ScheduleV2");
        Map<String, Object> props = map(sweep.get("Properties"));
        assertThat(props.get("ScheduleExpression")).isEqualTo("rate(1 minute)");
        assertThat(props).doesNotContainKey("ScheduleExpressionTimezone");
        assertThat(map(props.get("FlexibleTimeWindow"))).containsEntry("Mode", "OFF");
        assertThat(map(props.get("RetryPolicy"))).containsKeys("MaximumRetryAttempts", "MaximumEventAgeInSeconds");
        assertThat(map(props.get("DeadLetterConfig"))).containsEntry("Arn", "!GetAtt HandoffDeadLetterQueue.Arn");
        Map<String, Object> input = JSON.std.mapFrom((String) props.get("Input"));
        assertThat(input).containsEntry("action", "sweep").doesNotContainKeys("team", "rotation");

        assertThat(map(function.get("DeadLetterQueue"))).containsEntry("TargetArn", "!GetAtt HandoffDeadLetterQueue.Arn");
        assertThat(Integer.parseInt((String) map(function.get("EventInvokeConfig")).get("MaximumRetryAttempts"))).isPositive();
    }

    @Test
    void template_namesNoTeamRotationMemberOrSlackIdOfTheRoster() {
        String template = RepoFiles.read("template.yaml");
        OncallConfig roster = ConfigLoader.fromFile(RepoFiles.path("config/oncall.example.yaml"));
        List<String> names = new ArrayList<>();
        for (Team team : roster.teams()) {
            names.add(team.id());
            names.add(team.slackChannel());
            names.add(team.slackUserGroup());
            for (Rotation rotation : team.rotations()) {
                names.add(rotation.id());
            }
        }
        for (Member member : roster.members()) {
            names.add(member.id());
            names.add(member.slackUserId());
        }

        assertThat(names).hasSizeGreaterThan(10).allSatisfy(name ->
                assertThat(Pattern.compile("(?<![A-Za-z0-9_-])" + Pattern.quote(name) + "(?![A-Za-z0-9_-])").matcher(template).find())
                        .as("template.yaml mentions '%s' of the roster", name).isFalse());
    }

    @Test
    void lease_outlivesTheFunctionTimeout_andEndsBeforeTheSecondSweepAfterIt() throws IOException {
        Duration timeout = Duration.ofSeconds(Long.parseLong((String) function().get("Timeout")));

        assertThat(ShiftHandoff.LEASE).isGreaterThan(timeout).isLessThan(Duration.ofMinutes(2));
    }

    @Test
    void sampleEvent_isWhatTheScheduleDelivers() throws IOException {
        Map<String, Object> sample = JSON.std.mapFrom(RepoFiles.read("events/rotation-handoff-sweep.json"));
        Map<String, Object> props = map(map(map(function().get("Events")).get("HandoffSweep")).get("Properties"));
        Map<String, Object> input = JSON.std.mapFrom((String) props.get("Input"));

        assertThat(sample.keySet()).isEqualTo(input.keySet());
        input.forEach((k, v) -> {
            if (!String.valueOf(v).startsWith("<aws.scheduler.")) {
                assertThat(sample.get(k)).isEqualTo(v);
            }
        });
    }

    private static Map<String, Object> function() {
        Map<String, Object> template = map(TemplateTable.load(RepoFiles.read("template.yaml")));
        return map(map(map(template.get("Resources")).get("RotationHandoffFunction")).get("Properties"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
