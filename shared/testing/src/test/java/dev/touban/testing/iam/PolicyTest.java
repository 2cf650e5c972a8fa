package dev.touban.testing.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The evaluator the IAM proof trusts: IAM's matching and condition rules, case by case. */
class PolicyTest {
    private static final String TABLE = "arn:aws:dynamodb:us-east-1:123456789012:table/touban";

    @Test
    void actions_matchWithoutCase_andWithWildcards() {
        Policy policy = policy(statement("S", true, List.of("DynamoDB:Get*"), List.of(TABLE), Map.of()));

        assertThat(policy.evaluate(call("dynamodb:GetItem", TABLE, Map.of())).allowed()).isTrue();
        assertThat(policy.evaluate(call("dynamodb:PutItem", TABLE, Map.of())).allowed()).isFalse();
    }

    @Test
    void resources_matchEachArnPartOnItsOwn() {
        Policy policy = policy(statement("S", true, List.of("s3:PutObject"), List.of("arn:aws:s3:::exports-bucket/exports/*"), Map.of()));

        assertThat(policy.evaluate(call("s3:PutObject", "arn:aws:s3:::exports-bucket/exports/sre/2026-11/a.csv", Map.of())).allowed()).isTrue();
        assertThat(policy.evaluate(call("s3:PutObject", "arn:aws:s3:::exports-bucket/other/a.csv", Map.of())).allowed()).isFalse();
        assertThat(Policy.arnMatches("arn:aws:sqs:*:123456789012:q", "arn:aws:sqs:us-east-1:123456789012:q")).isTrue();
    }

    @Test
    void aCallWithNoResource_isAllowedOnlyByAStatementOnStar() {
        assertThat(policy(statement("S", true, List.of("sns:Publish"), List.of("*"), Map.of()))
                .evaluate(call("sns:Publish", "*", Map.of())).allowed()).isTrue();
        assertThat(policy(statement("S", true, List.of("sns:Publish"), List.of("arn:aws:sns:us-east-1:123456789012:pages"), Map.of()))
                .evaluate(call("sns:Publish", "*", Map.of())).allowed()).isFalse();
    }

    @Test
    void forAllValues_passesEveryValueMatching_andAnAbsentKey() {
        Map<String, Map<String, List<String>>> leading = Map.of("ForAllValues:StringLike", Map.of("dynamodb:LeadingKeys", List.of("INCIDENT#*")));
        Policy policy = policy(statement("S", true, List.of("dynamodb:PutItem"), List.of(TABLE), leading));

        assertThat(policy.evaluate(call("dynamodb:PutItem", TABLE, Map.of("dynamodb:leadingkeys", List.of("INCIDENT#4")))).allowed()).isTrue();
        assertThat(policy.evaluate(call("dynamodb:PutItem", TABLE, Map.of("dynamodb:leadingkeys", List.of("RATE#x")))).allowed()).isFalse();
        assertThat(policy.evaluate(call("dynamodb:PutItem", TABLE, Map.of())).allowed()).isTrue();
    }

    @Test
    void aPlainCondition_failsWhenTheRequestLacksTheKey_unlessIfExists() {
        assertThat(Policy.condition("StringEquals", List.of("touban"), List.of())).isFalse();
        assertThat(Policy.condition("StringEqualsIfExists", List.of("touban"), List.of())).isTrue();
        assertThat(Policy.condition("StringEquals", List.of("touban"), List.of("touban"))).isTrue();
        assertThat(Policy.condition("StringEquals", List.of("touban"), List.of("touban.slack"))).isFalse();
        assertThat(Policy.condition("StringNotEquals", List.of("touban"), List.of("touban.slack"))).isTrue();
        assertThat(Policy.condition("ForAnyValue:StringLike", List.of("a*"), List.of("b", "ab"))).isTrue();
        assertThat(Policy.condition("ArnLike", List.of("arn:aws:events:*:123456789012:rule/touban-*"),
                List.of("arn:aws:events:us-east-1:123456789012:rule/touban-bus/touban-step"))).isTrue();
    }

    @Test
    void anOperatorTheProofCannotEvaluate_isRefusedLoudly() {
        assertThatThrownBy(() -> Policy.condition("NumericLessThan", List.of("3"), List.of("2")))
                .hasMessage("the IAM proof does not evaluate the condition operator NumericLessThan");
    }

    @Test
    void anExplicitDeny_winsOverAnyAllow() {
        Policy policy = policy(statement("Allow", true, List.of("sns:Publish"), List.of("*"), Map.of()),
                statement("NoSms", false, List.of("sns:Publish"), List.of("*"), Map.of()));

        Policy.Verdict verdict = policy.evaluate(call("sns:Publish", "*", Map.of()));

        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.reason()).isEqualTo("explicitly denied by NoSms");
    }

    @Test
    void aRefusal_saysWhichStatementsGrantTheActionAndWhyTheyDidNot() {
        Policy policy = policy(statement("WriteIncidents", true, List.of("dynamodb:PutItem"), List.of(TABLE),
                Map.of("ForAllValues:StringLike", Map.of("dynamodb:LeadingKeys", List.of("INCIDENT#*")))));

        assertThat(policy.evaluate(call("dynamodb:PutItem", TABLE, Map.of("dynamodb:leadingkeys", List.of("RATE#k")))).reason())
                .startsWith("no statement allows dynamodb:PutItem on " + TABLE + " (WriteIncidents grants it, but its conditions");
        assertThat(policy.evaluate(call("dynamodb:PutItem", TABLE + "2", Map.of())).reason()).endsWith("(WriteIncidents grants it on other resources)");
        assertThat(policy.evaluate(call("sns:Publish", "*", Map.of())).reason()).endsWith("(no statement grants the action at all)");
    }

    private static Policy policy(Statement... statements) {
        return new Policy(List.of(statements));
    }

    private static Statement statement(String sid, boolean allow, List<String> actions, List<String> arns,
            Map<String, Map<String, List<String>>> conditions) {
        return new Statement(sid, allow, actions, arns.stream().map(a -> new Statement.Resource(a, a)).toList(), conditions);
    }

    private static AwsCall call(String action, String resource, Map<String, List<String>> context) {
        return new AwsCall(action, action, resource, context);
    }
}
