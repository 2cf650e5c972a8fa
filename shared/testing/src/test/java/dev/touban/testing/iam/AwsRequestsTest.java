package dev.touban.testing.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What IAM evaluates for each kind of request Touban's functions make, read off the wire. */
class AwsRequestsTest {
    private static final String TABLE = "arn:aws:dynamodb:us-east-1:123456789012:table/touban";
    private final AwsRequests requests = new AwsRequests("123456789012", new AwsRequests.TableKeys(Map.of("", "pk", "gsi1", "gsi1pk")));

    @Test
    void aTransaction_isTheActionOfEachItem_withThatItemsPartitionAsLeadingKey() {
        List<AwsCall> calls = requests.parse(json("dynamodb", "DynamoDB_20120810.TransactWriteItems", """
                {"TransactItems":[
                  {"Put":{"TableName":"touban","Item":{"pk":{"S":"MEMBER#alice"},"sk":{"S":"CHECKIN#OPEN"}}}},
                  {"Delete":{"TableName":"touban","Key":{"pk":{"S":"TEAM#sre#CHANGE"},"sk":{"S":"CHANGE#o1"}}}},
                  {"ConditionCheck":{"TableName":"touban","Key":{"pk":{"S":"PRIMING#NEVER"},"sk":{"S":"PRIMING"}}}},
                  {"Update":{"TableName":"touban","Key":{"pk":{"S":"INCIDENT#1"},"sk":{"S":"INCIDENT"}}}}]}"""));

        assertThat(calls).extracting(AwsCall::action)
                .containsExactly("dynamodb:PutItem", "dynamodb:DeleteItem", "dynamodb:ConditionCheckItem", "dynamodb:UpdateItem");
        assertThat(calls).extracting(c -> c.context("dynamodb:LeadingKeys"))
                .containsExactly(List.of("MEMBER#alice"), List.of("TEAM#sre#CHANGE"), List.of("PRIMING#NEVER"), List.of("INCIDENT#1"));
        assertThat(calls).allSatisfy(c -> assertThat(c.resource()).isEqualTo(TABLE));
    }

    @Test
    void aQuery_namesTheIndex_andThePartitionOfItsKeyCondition() {
        AwsCall onIndex = requests.parse(json("dynamodb", "DynamoDB_20120810.Query", """
                {"TableName":"touban","IndexName":"gsi1","KeyConditionExpression":"#pk = :open",
                 "ExpressionAttributeNames":{"#pk":"gsi1pk"},"ExpressionAttributeValues":{":open":{"S":"INCIDENTS#OPEN"}}}""")).getFirst();
        AwsCall onTable = requests.parse(json("dynamodb", "DynamoDB_20120810.Query", """
                {"TableName":"touban","KeyConditionExpression":"pk = :pk AND begins_with(sk, :prefix)",
                 "ExpressionAttributeValues":{":pk":{"S":"INCIDENT#7"},":prefix":{"S":"TIMELINE#"}}}""")).getFirst();

        assertThat(onIndex.resource()).isEqualTo(TABLE + "/index/gsi1");
        assertThat(onIndex.context("dynamodb:LeadingKeys")).containsExactly("INCIDENTS#OPEN");
        assertThat(onTable.resource()).isEqualTo(TABLE);
        assertThat(onTable.context("dynamodb:LeadingKeys")).containsExactly("INCIDENT#7");
    }

    @Test
    void createSchedule_isTheScheduleInItsGroup_andPassesTheTargetsRole() {
        List<AwsCall> calls = requests.parse(new AwsRequests.Request("POST", "/schedules/incident-1-step-1",
                Map.of("Authorization", auth("scheduler")),
                "{\"GroupName\":\"touban-escalation\",\"Target\":{\"RoleArn\":\"arn:aws:iam::123456789012:role/invoke\"}}".getBytes(StandardCharsets.UTF_8)));

        assertThat(calls).extracting(AwsCall::action, AwsCall::resource).containsExactly(
                org.assertj.core.groups.Tuple.tuple("scheduler:CreateSchedule", "arn:aws:scheduler:us-east-1:123456789012:schedule/touban-escalation/incident-1-step-1"),
                org.assertj.core.groups.Tuple.tuple("iam:PassRole", "arn:aws:iam::123456789012:role/invoke"));
        assertThat(calls.get(1).context("iam:PassedToService")).containsExactly("scheduler.amazonaws.com");
        assertThat(requests.parse(new AwsRequests.Request("DELETE", "/schedules/incident-1-step-1?groupName=touban-escalation",
                Map.of("Authorization", auth("scheduler")), new byte[0])).getFirst().resource())
                .isEqualTo("arn:aws:scheduler:us-east-1:123456789012:schedule/touban-escalation/incident-1-step-1");
    }

    @Test
    void putEvents_namesEachEntrysBus_defaultWhenUnnamed_andItsSource() {
        List<AwsCall> calls = requests.parse(json("events", "AWSEvents.PutEvents", """
                {"Entries":[{"EventBusName":"touban-bus","Source":"touban","DetailType":"EscalationStepDue"},
                            {"Source":"touban.slack","DetailType":"Export requested"}]}"""));

        assertThat(calls).extracting(AwsCall::resource).containsExactly(
                "arn:aws:events:us-east-1:123456789012:event-bus/touban-bus", "arn:aws:events:us-east-1:123456789012:event-bus/default");
        assertThat(calls).extracting(c -> c.context("events:source")).containsExactly(List.of("touban"), List.of("touban.slack"));
    }

    @Test
    void snsPublish_isTheTopic_orStarForAPhoneNumber() {
        assertThat(requests.parse(form("sns", "Action=Publish&TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A123456789012%3Apages&Message=x")).getFirst().resource())
                .isEqualTo("arn:aws:sns:us-east-1:123456789012:pages");
        assertThat(requests.parse(form("sns", "Action=Publish&PhoneNumber=%2B819012345678&Message=x")).getFirst().resource()).isEqualTo("*");
    }

    @Test
    void s3_objectsAreBucketAndKey_andAListingCarriesItsPrefix() {
        AwsCall put = requests.parse(new AwsRequests.Request("PUT", "/exports-bucket/exports/sre/2026-11/a.csv?x-id=PutObject",
                Map.of("Authorization", auth("s3")), "a,b".getBytes(StandardCharsets.UTF_8))).getFirst();
        AwsCall list = requests.parse(new AwsRequests.Request("GET", "/exports-bucket?list-type=2&prefix=exports%2Fsre%2F",
                Map.of("Authorization", auth("s3")), new byte[0])).getFirst();

        assertThat(put.action()).isEqualTo("s3:PutObject");
        assertThat(put.resource()).isEqualTo("arn:aws:s3:::exports-bucket/exports/sre/2026-11/a.csv");
        assertThat(list.action()).isEqualTo("s3:ListBucket");
        assertThat(list.context("s3:prefix")).containsExactly("exports/sre/");
    }

    @Test
    void ssmAndVoice_nameTheParameterAndTheOriginationIdentity() {
        assertThat(requests.parse(json("ssm", "AmazonSSM.GetParameter", "{\"Name\":\"/touban/ack-link-key\",\"WithDecryption\":true}"))
                .getFirst().resource()).isEqualTo("arn:aws:ssm:us-east-1:123456789012:parameter/touban/ack-link-key");
        AwsCall voice = requests.parse(json("sms-voice", "PinpointSMSVoiceV2.SendVoiceMessage",
                "{\"OriginationIdentity\":\"arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-1\"}")).getFirst();
        assertThat(voice.action()).isEqualTo("sms-voice:SendVoiceMessage");
        assertThat(voice.resource()).isEqualTo("arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-1");
    }

    private static AwsRequests.Request json(String service, String target, String body) {
        return new AwsRequests.Request("POST", "/", Map.of("Authorization", auth(service), "X-Amz-Target", target),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static AwsRequests.Request form(String service, String body) {
        return new AwsRequests.Request("POST", "/", Map.of("Authorization", auth(service)), body.getBytes(StandardCharsets.UTF_8));
    }

    private static String auth(String service) {
        return "AWS4-HMAC-SHA256 Credential=touban-local/20261128/us-east-1/" + service + "/aws4_request, SignedHeaders=host, Signature=0";
    }
}
