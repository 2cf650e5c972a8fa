package dev.touban.testing;

import static dev.touban.testing.CloudFormationTemplate.list;
import static dev.touban.testing.CloudFormationTemplate.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Touban watches itself: template.yaml gives every function, HTTP API and dead-letter queue
 * (SAM's generated ones included) an alarm, every alarm tells the operations topic, the
 * sweep's silence is an alarm, and the paging path keeps concurrency and routes of its own.
 */
class OperationsAlarmsTemplateTest {
    private static final Map<String, Object> OPERATIONS_TOPIC = Map.of("Ref", "OperationsTopic");
    private static final int ACCOUNT_CONCURRENCY = 1000;
    private static final int UNRESERVED_MINIMUM = 100;

    private final CloudFormationTemplate template = CloudFormationTemplate.fromRepository();

    @Test
    void everyFunction_hasAnErrorsAlarm_andAThrottlesAlarm() {
        List<String> functions = functions();
        assertThat(functions).contains("EscalationStepFunction", "SlackWebhookFunction", "AlertIntakeFunction", "RotationHandoffFunction");

        for (String function : functions) {
            for (String metric : List.of("Errors", "Throttles")) {
                assertThat(alarmsOn("AWS/Lambda", metric, "FunctionName", Map.of("Ref", function)))
                        .as("%s alarm of %s", metric, function).isNotEmpty();
            }
        }
    }

    @Test
    void everyDeadLetterQueue_explicitOrMadeBySam_alarmsOnNewArrivalsOrAge_neverOnDepth() {
        Set<String> queues = deadLetterQueues();
        assertThat(queues).contains("SpreadsheetSyncFunctionMonthlyQueue", "SpreadsheetSyncFunctionExportRequestedQueue",
                "EscalationStepDeadLetterQueue", "HandoffDeadLetterQueue");

        for (String queue : queues) {
            List<Map<String, Object>> alarms = new ArrayList<>();
            alarms.addAll(alarmsOn("AWS/SQS", "NumberOfMessagesSent", "QueueName", getAtt(queue, "QueueName")));
            alarms.addAll(alarmsOn("AWS/SQS", "ApproximateAgeOfOldestMessage", "QueueName", getAtt(queue, "QueueName")));
            assertThat(alarms).as("an arrivals or age alarm on %s", queue).isNotEmpty();
        }
        for (Map<String, Object> alarm : alarms().values()) {
            assertThat(alarm.get("MetricName")).as("a depth alarm stays in ALARM and makes no sound the second time")
                    .isNotEqualTo("ApproximateNumberOfMessagesVisible");
        }
    }

    @Test
    void everyDeadLetterTarget_isAQueueOfTheTemplate_soItsAlarmCanExist() {
        Set<String> queues = Set.copyOf(template.idsOfType("AWS::SQS::Queue"));
        for (String function : functions()) {
            Map<String, Object> props = template.properties(function);
            Object target = map(props.get("DeadLetterQueue")).get("TargetArn");
            if (target != null) {
                assertThat(queueOf(target)).as("%s DeadLetterQueue", function).isIn(queues);
            }
            for (Map.Entry<String, Object> event : map(props.get("Events")).entrySet()) {
                Object arn = map(map(map(event.getValue()).get("Properties")).get("DeadLetterConfig")).get("Arn");
                if (arn != null) {
                    assertThat(queueOf(arn)).as("%s.%s DeadLetterConfig", function, event.getKey()).isIn(queues);
                }
            }
        }
    }

    @Test
    void everyHttpApi_hasA5xxAlarm() {
        for (String api : template.idsOfType("AWS::Serverless::HttpApi")) {
            assertThat(alarmsOn("AWS/ApiGateway", "5xx", "ApiId", Map.of("Ref", api))).as("5xx alarm of %s", api).isNotEmpty();
        }
    }

    @Test
    void everyAlarm_notifiesTheOperationsTopic_onAlarmAndOnOk() {
        assertThat(template.idsOfType("AWS::SNS::Subscription")).contains("OperationsEmailSubscription");
        assertThat(template.resource("OperationsEmailSubscription")).containsEntry("Condition", "HasOperationsEmail");

        Map<String, Map<String, Object>> alarms = alarms();
        assertThat(alarms).isNotEmpty();
        alarms.forEach((name, alarm) -> {
            assertThat(list(alarm.get("AlarmActions"))).as("%s AlarmActions", name).contains(OPERATIONS_TOPIC);
            assertThat(list(alarm.get("OKActions"))).as("%s OKActions", name).contains(OPERATIONS_TOPIC);
        });
    }

    @Test
    void theSweepHeartbeat_treatsMissingDataAsBreaching() {
        List<Map<String, Object>> heartbeat = alarmsOn("Touban", "EscalationSweepCompleted", "FunctionName", Map.of("Ref", "EscalationStepFunction"));

        assertThat(heartbeat).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("TreatMissingData", "breaching").containsEntry("ComparisonOperator", "LessThanThreshold");
            assertThat(a.get("DatapointsToAlarm")).isEqualTo(a.get("EvaluationPeriods"));
        });
    }

    @Test
    void smsSpend_hasAnAlarm() {
        assertThat(alarms().values()).anySatisfy(a -> assertThat(a)
                .containsEntry("Namespace", "AWS/SMSVoice").containsEntry("MetricName", "TextMessageMonthlySpend"));
    }

    @Test
    void thePagingPath_reservesConcurrency_throughParameters_leavingTheAccountsMinimumUnreserved() {
        int reserved = 0;
        for (String function : List.of("EscalationStepFunction", "SlackWebhookFunction", "AlertIntakeFunction")) {
            List<Object> choice = list(map(template.properties(function).get("ReservedConcurrentExecutions")).get("Fn::If"));
            assertThat(choice).as("%s ReservedConcurrentExecutions", function).hasSize(3);
            assertThat(choice.get(2)).isEqualTo(Map.of("Ref", "AWS::NoValue"));
            String parameter = (String) map(choice.get(1)).get("Ref");
            int byDefault = Integer.parseInt((String) map(template.section("Parameters").get(parameter)).get("Default"));
            assertThat(byDefault).as(parameter).isPositive();
            reserved += byDefault;
        }
        assertThat(ACCOUNT_CONCURRENCY - reserved).isGreaterThanOrEqualTo(UNRESERVED_MINIMUM);
    }

    @Test
    void everyRoute_hasAThrottleOfItsOwn_andEveryThrottleARoute() {
        for (String api : template.idsOfType("AWS::Serverless::HttpApi")) {
            Set<String> routes = new LinkedHashSet<>();
            for (String function : functions()) {
                for (Object e : map(template.properties(function).get("Events")).values()) {
                    Map<String, Object> event = map(e);
                    Map<String, Object> props = map(event.get("Properties"));
                    if ("HttpApi".equals(event.get("Type")) && Map.of("Ref", api).equals(props.get("ApiId"))) {
                        routes.add(props.get("Method") + " " + props.get("Path"));
                    }
                }
            }
            Map<String, Object> settings = map(template.properties(api).get("RouteSettings"));

            assertThat(settings.keySet()).as("RouteSettings of %s", api).containsExactlyInAnyOrderElementsOf(routes);
            settings.values().forEach(s -> assertThat(map(s)).containsKeys("ThrottlingBurstLimit", "ThrottlingRateLimit"));
        }
    }

    @Test
    void printsTheAlarmList() {
        System.out.println("alarm | metric | statistic | threshold | missing data");
        alarms().forEach((name, a) -> System.out.println(String.join(" | ", name,
                a.get("Namespace") + " " + a.get("MetricName"),
                a.get("Statistic") + " over " + a.get("Period") + " s, " + a.getOrDefault("DatapointsToAlarm", "1") + " of " + a.get("EvaluationPeriods"),
                a.get("ComparisonOperator") + " " + text(a.get("Threshold")),
                String.valueOf(a.get("TreatMissingData")))));
        assertThat(alarms()).hasSizeGreaterThanOrEqualTo(2 * functions().size() + deadLetterQueues().size() + 2);
    }

    private List<String> functions() {
        List<String> functions = new ArrayList<>(template.idsOfType("AWS::Serverless::Function"));
        functions.addAll(template.idsOfType("AWS::Lambda::Function"));
        return functions;
    }

    /** Every SQS queue of the template, and the queue SAM makes for each event whose DeadLetterConfig has a Type. */
    private Set<String> deadLetterQueues() {
        Set<String> queues = new LinkedHashSet<>(template.idsOfType("AWS::SQS::Queue"));
        for (String function : template.idsOfType("AWS::Serverless::Function")) {
            for (Map.Entry<String, Object> event : map(template.properties(function).get("Events")).entrySet()) {
                Map<String, Object> config = map(map(map(event.getValue()).get("Properties")).get("DeadLetterConfig"));
                if (config.containsKey("Type")) {
                    queues.add(config.containsKey("QueueLogicalId") ? (String) config.get("QueueLogicalId") : function + event.getKey() + "Queue");
                }
            }
        }
        return queues;
    }

    private Map<String, Map<String, Object>> alarms() {
        Map<String, Map<String, Object>> alarms = new java.util.LinkedHashMap<>();
        for (String id : template.idsOfType("AWS::CloudWatch::Alarm")) {
            alarms.put(id, template.properties(id));
        }
        return alarms;
    }

    private List<Map<String, Object>> alarmsOn(String namespace, String metric, String dimension, Object value) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (Map<String, Object> alarm : alarms().values()) {
            if (namespace.equals(alarm.get("Namespace")) && metric.equals(alarm.get("MetricName"))
                    && list(alarm.get("Dimensions")).contains(Map.of("Name", dimension, "Value", value))) {
                found.add(alarm);
            }
        }
        return found;
    }

    private static Map<String, Object> getAtt(String resource, String attribute) {
        return Map.of("Fn::GetAtt", List.of(resource, attribute));
    }

    private static Object queueOf(Object arn) {
        List<Object> getAtt = list(map(arn).get("Fn::GetAtt"));
        return getAtt.size() == 2 && "Arn".equals(getAtt.get(1)) ? getAtt.get(0) : arn;
    }

    private static String text(Object value) {
        return value instanceof Map<?, ?> m && m.containsKey("Ref") ? "parameter " + m.get("Ref") : String.valueOf(value);
    }
}
