package dev.touban.testing;

import static dev.touban.testing.CloudFormationTemplate.list;
import static dev.touban.testing.CloudFormationTemplate.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Touban's events (source {@code touban}: incident events, step requests) travel on the
 * stack's own bus, not the account's default bus: the functions that put them are configured
 * and allowed for that bus only, and every rule that consumes them listens there. A rule left
 * on the default bus would never see an event again.
 */
class EventBusTemplateTest {
    private static final Map<String, Object> OWN_BUS = Map.of("Ref", "EventBus");
    private static final Map<String, Object> OWN_BUS_ARN = Map.of("Fn::GetAtt", List.of("EventBus", "Arn"));

    private final CloudFormationTemplate template = CloudFormationTemplate.fromRepository();

    @Test
    void functionsPuttingToubanEvents_areWiredAndAllowedForTheStacksOwnBusOnly() {
        List<String> putters = new ArrayList<>();
        for (String function : template.idsOfType("AWS::Serverless::Function")) {
            Map<String, Object> props = template.properties(function);
            for (Object policy : list(props.get("Policies"))) {
                for (Object s : list(map(policy).get("Statement"))) {
                    Map<String, Object> statement = map(s);
                    if (!list(statement.get("Action")).contains("events:PutEvents")) {
                        continue;
                    }
                    List<Object> sources = list(map(map(statement.get("Condition")).get("StringEquals")).get("events:source"));
                    if (sources.contains("touban") || OWN_BUS_ARN.equals(statement.get("Resource"))) {
                        putters.add(function);
                        assertThat(statement.get("Resource")).as("%s %s", function, statement.get("Sid")).isEqualTo(OWN_BUS_ARN);
                        assertThat(map(map(props.get("Environment")).get("Variables")).get("EVENT_BUS_NAME"))
                                .as("%s EVENT_BUS_NAME", function).isEqualTo(OWN_BUS);
                    }
                }
            }
        }
        assertThat(putters).contains("SlackWebhookFunction", "AlertIntakeFunction", "RotationHandoffFunction");
    }

    @Test
    void everyRuleOnToubanEvents_listensOnTheStacksOwnBus() {
        List<String> rules = new ArrayList<>();
        for (String function : template.idsOfType("AWS::Serverless::Function")) {
            for (Map.Entry<String, Object> e : map(template.properties(function).get("Events")).entrySet()) {
                Map<String, Object> event = map(e.getValue());
                Map<String, Object> props = map(event.get("Properties"));
                if ("EventBridgeRule".equals(event.get("Type")) && list(map(props.get("Pattern")).get("source")).contains("touban")) {
                    rules.add(function + "." + e.getKey());
                    assertThat(props.get("EventBusName")).as("%s.%s EventBusName", function, e.getKey()).isEqualTo(OWN_BUS);
                }
            }
        }
        assertThat(rules).contains("EscalationStepFunction.StepDue");
    }
}
