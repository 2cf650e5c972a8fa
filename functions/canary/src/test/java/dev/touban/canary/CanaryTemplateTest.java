package dev.touban.canary;

import static dev.touban.testing.CloudFormationTemplate.list;
import static dev.touban.testing.CloudFormationTemplate.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.testing.CloudFormationTemplate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The canary as template.yaml deploys it: off by default, on as a whole, alarmed on silence, reading only. */
class CanaryTemplateTest {
    private static final List<String> CANARY_RESOURCES = List.of("CanaryFunction", "CanaryLogGroup", "CanaryDeadLetterQueue",
            "CanaryAlarm", "CanaryErrorsAlarm", "CanaryThrottlesAlarm", "CanaryDeadLetterAlarm");

    private final CloudFormationTemplate template = CloudFormationTemplate.fromRepository();

    @Test
    void theCanary_isOffByDefault_andEveryPartOfItExistsOnlyWhenItIsOn() {
        Map<String, Object> interval = map(template.section("Parameters").get("CanaryIntervalMinutes"));

        assertThat(interval.get("Default")).isEqualTo("0");
        assertThat(template.section("Conditions").get("CanaryOn"))
                .isEqualTo(Map.of("Fn::Not", List.of(Map.of("Fn::Equals", List.of(Map.of("Ref", "CanaryIntervalMinutes"), "0")))));
        for (String id : CANARY_RESOURCES) {
            assertThat(template.resource(id)).as(id).containsEntry("Condition", "CanaryOn");
        }
    }

    @Test
    void theSchedule_firesAtTheInterval_withRetriesAndADeadLetterQueue_andNamesItsFiring() {
        Map<String, Object> schedule = map(map(map(template.properties("CanaryFunction").get("Events")).get("Canary")).get("Properties"));

        assertThat(schedule.get("ScheduleExpression")).isEqualTo(Map.of("Fn::Sub", "rate(${CanaryIntervalMinutes} minutes)"));
        assertThat((String) schedule.get("Input")).contains("\"action\":\"canary\"", "<aws.scheduler.scheduled-time>");
        assertThat(map(schedule.get("RetryPolicy"))).containsKeys("MaximumRetryAttempts", "MaximumEventAgeInSeconds");
        assertThat(map(schedule.get("DeadLetterConfig")).get("Arn")).isEqualTo(Map.of("Fn::GetAtt", List.of("CanaryDeadLetterQueue", "Arn")));
        assertThat(Integer.parseInt((String) map(schedule.get("RetryPolicy")).get("MaximumEventAgeInSeconds")))
                .as("a retried firing must still pass CanaryEvent's skew check").isLessThanOrEqualTo((int) CanaryEvent.MAX_SKEW.toSeconds());
    }

    @Test
    void theAlarm_breachesOnSilence_overTwoIntervals_ofEveryAllowedInterval() {
        Map<String, Object> alarm = template.properties("CanaryAlarm");
        Map<String, Object> periods = map(template.section("Mappings").get("CanaryAlarmPeriod"));

        assertThat(alarm).containsEntry("Namespace", "Touban").containsEntry("MetricName", CanaryMetrics.COMPLETED)
                .containsEntry("TreatMissingData", "breaching").containsEntry("ComparisonOperator", "LessThanThreshold")
                .containsEntry("EvaluationPeriods", "2").containsEntry("DatapointsToAlarm", "2");
        assertThat(alarm.get("Period")).isEqualTo(Map.of("Fn::FindInMap", List.of("CanaryAlarmPeriod", Map.of("Ref", "CanaryIntervalMinutes"), "Seconds")));
        for (Object minutes : list(map(template.section("Parameters").get("CanaryIntervalMinutes")).get("AllowedValues"))) {
            int expected = "0".equals(minutes) ? 60 : Integer.parseInt((String) minutes) * 60;
            assertThat(map(periods.get(minutes)).get("Seconds")).as("period of %s minutes", minutes).isEqualTo(String.valueOf(expected));
        }
        assertThat(list(alarm.get("AlarmActions"))).contains(Map.of("Ref", "OperationsTopic"));
    }

    @Test
    void theFunction_readsTheTableOnly_andCallsTheStacksOwnEventsApi() {
        Map<String, Object> props = template.properties("CanaryFunction");
        List<Object> statements = list(map(list(props.get("Policies")).getFirst()).get("Statement"));

        for (Object s : statements) {
            Object actions = map(s).get("Action");
            for (Object action : actions instanceof List<?> l ? l : List.of(actions)) {
                assertThat((String) action).as("the canary writes through the Events API only")
                        .isIn("dynamodb:GetItem", "dynamodb:Query", "ssm:GetParameter", "kms:Decrypt");
            }
        }
        Map<String, Object> env = map(map(props.get("Environment")).get("Variables"));
        assertThat(env.get("EVENTS_API_URL")).isEqualTo(Map.of("Fn::Sub", "https://${HttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/v2/enqueue"));
        assertThat(env.get("CANARY_ROUTING_KEY_PARAM")).isEqualTo(Map.of("Ref", "CanaryRoutingKeyParameter"));
    }
}
