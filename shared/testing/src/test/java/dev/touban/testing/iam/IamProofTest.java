package dev.touban.testing.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.testing.CloudFormationTemplate;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.net.URI;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The proof itself, against a small template whose "function" is this test: calls its
 * statements allow pass and are reported with the statement that allowed each; a call
 * outside them, a grant nobody used, or a reason given for a grant that was used fails it.
 */
@ExtendWith(EmulatorExtension.class)
class IamProofTest {
    private static final CloudFormationTemplate TEMPLATE = CloudFormationTemplate.parse("""
            Resources:
              Table:
                Type: AWS::DynamoDB::Table
                Properties:
                  KeySchema:
                    - { AttributeName: pk, KeyType: HASH }
                    - { AttributeName: sk, KeyType: RANGE }
              Pages:
                Type: AWS::SNS::Topic
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Environment:
                    Variables:
                      TABLE_NAME: !Ref Table
                      TOPIC: !Ref Pages
                  Policies:
                    - Statement:
                        - Sid: ReadTheTable
                          Effect: Allow
                          Action: dynamodb:GetItem
                          Resource: !GetAtt Table.Arn
                        - Sid: WriteIncidentsAndAlerts
                          Effect: Allow
                          Action: [dynamodb:PutItem, dynamodb:UpdateItem]
                          Resource: !GetAtt Table.Arn
                          Condition:
                            ForAllValues:StringLike:
                              dynamodb:LeadingKeys: ["INCIDENT#*", "ALERT#*"]
                        - Sid: PublishPages
                          Effect: Allow
                          Action: sns:Publish
                          Resource: !Ref Pages
            """);

    @Test
    void callsTheStatementsAllow_pass_andTheReportNamesTheStatementOfEach(Emulated aws) throws Exception {
        try (IamProof proof = IamProof.of(aws, "Fn").template(TEMPLATE).start()) {
            String table = proof.environment().get("TABLE_NAME");
            proof.record(() -> {
                try (DynamoDbClient dynamo = dynamo(proof.endpoint()); SnsClient sns = sns(proof.endpoint())) {
                    dynamo.getItem(r -> r.tableName(table).key(key("INCIDENT#1")));
                    dynamo.putItem(r -> r.tableName(table).item(key("INCIDENT#1")));
                    dynamo.updateItem(r -> r.tableName(table).key(key("ALERT#web#disk")).updateExpression("SET n = :n")
                            .expressionAttributeValues(Map.of(":n", AttributeValue.fromN("1"))));
                    sns.publish(r -> r.topicArn(proof.environment().get("TOPIC")).message("page"));
                }
                return null;
            });

            assertThat(proof.check())
                    .contains("4 AWS calls, every one allowed")
                    .contains("dynamodb:PutItem on Table.Arn pk INCIDENT#… <- WriteIncidentsAndAlerts")
                    .contains("dynamodb:UpdateItem on Table.Arn pk ALERT#…#… <- WriteIncidentsAndAlerts")
                    .contains("sns:Publish on Pages <- PublishPages");
        }
    }

    @Test
    void aWriteOutsideTheLeadingKeys_isRefused_namingTheConditionThatFailed(Emulated aws) throws Exception {
        try (IamProof proof = IamProof.of(aws, "Fn").template(TEMPLATE).start()) {
            String table = proof.environment().get("TABLE_NAME");
            everyGrantUsed(proof, table);
            asFunction(proof, dynamo -> {
                dynamo.putItem(r -> r.tableName(table).item(key("RATE#web")));
            });

            assertThatThrownBy(proof::check).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("REFUSED PutItem: no statement allows dynamodb:PutItem")
                    .hasMessageContaining("WriteIncidentsAndAlerts grants it, but its conditions");
        }
    }

    @Test
    void aTransaction_needsTheActionOfEachOfItsItems(Emulated aws) throws Exception {
        try (IamProof proof = IamProof.of(aws, "Fn").template(TEMPLATE).start()) {
            String table = proof.environment().get("TABLE_NAME");
            everyGrantUsed(proof, table);
            asFunction(proof, dynamo -> {
                dynamo.transactWriteItems(r -> r.transactItems(
                        TransactWriteItem.builder().put(p -> p.tableName(table).item(key("INCIDENT#2"))).build(),
                        TransactWriteItem.builder().delete(d -> d.tableName(table).key(key("INCIDENT#3"))).build()));
            });

            assertThatThrownBy(proof::check).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("REFUSED TransactWriteItems: no statement allows dynamodb:DeleteItem")
                    .hasMessageNotContaining("REFUSED TransactWriteItems: no statement allows dynamodb:PutItem");
        }
    }

    @Test
    void aCallOnAnotherTable_isRefused(Emulated aws) throws Exception {
        try (IamProof proof = IamProof.of(aws, "Fn").template(TEMPLATE).start(); DynamoDbClient admin = aws.dynamo()) {
            String table = proof.environment().get("TABLE_NAME");
            admin.createTable(r -> r.tableName("someone-elses").billingMode("PAY_PER_REQUEST")
                    .keySchema(k -> k.attributeName("pk").keyType("HASH"))
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType("S")));
            everyGrantUsed(proof, table);
            asFunction(proof, dynamo -> {
                dynamo.getItem(r -> r.tableName("someone-elses").key(Map.of("pk", AttributeValue.fromS("x"))));
            });

            assertThatThrownBy(proof::check).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("REFUSED GetItem: no statement allows dynamodb:GetItem on arn:aws:dynamodb:us-east-1:123456789012:table/someone-elses")
                    .hasMessageContaining("ReadTheTable grants it on other resources");
        }
    }

    @Test
    void grantsNoCallUsed_failTheProof_untilATestSaysWhy(Emulated aws) throws Exception {
        try (IamProof proof = IamProof.of(aws, "Fn").template(TEMPLATE).start()) {
            String table = proof.environment().get("TABLE_NAME");
            asFunction(proof, dynamo -> {
                dynamo.putItem(r -> r.tableName(table).item(key("INCIDENT#1")));
            });

            assertThatThrownBy(proof::check).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("GRANTED BUT UNUSED, with no reason given: ReadTheTable\n")
                    .hasMessageContaining("GRANTED BUT UNUSED, with no reason given: WriteIncidentsAndAlerts dynamodb:UpdateItem")
                    .hasMessageContaining("GRANTED BUT UNUSED, with no reason given: WriteIncidentsAndAlerts dynamodb:LeadingKeys ALERT#*")
                    .hasMessageContaining("GRANTED BUT UNUSED, with no reason given: PublishPages");

            proof.unusedBecause("ReadTheTable", "reads happen elsewhere")
                    .unusedBecause("WriteIncidentsAndAlerts dynamodb:UpdateItem", "updates happen elsewhere")
                    .unusedBecause("WriteIncidentsAndAlerts dynamodb:LeadingKeys ALERT#*", "alerts happen elsewhere")
                    .unusedBecause("PublishPages", "pages happen elsewhere");
            assertThat(proof.check()).contains("granted, unused: PublishPages (pages happen elsewhere)");

            proof.unusedBecause("WriteIncidentsAndAlerts dynamodb:PutItem", "a reason for a grant that is used");
            assertThatThrownBy(proof::check).hasMessageContaining("A REASON FOR AN UNUSED GRANT THAT IS USED: WriteIncidentsAndAlerts dynamodb:PutItem");
        }
    }

    @Test
    void callsMadeOutsideRecord_areNotTheFunctions(Emulated aws) throws Exception {
        try (IamProof proof = IamProof.of(aws, "Fn").template(TEMPLATE).start()) {
            String table = proof.environment().get("TABLE_NAME");
            try (DynamoDbClient dynamo = dynamo(proof.endpoint())) {
                dynamo.putItem(r -> r.tableName(table).item(key("RATE#set-up-by-the-test")));
            }
            everyGrantUsed(proof, table);

            assertThat(proof.check()).contains("4 AWS calls, every one allowed");
        }
    }

    private static void everyGrantUsed(IamProof proof, String table) throws Exception {
        proof.record(() -> {
            try (DynamoDbClient dynamo = dynamo(proof.endpoint()); SnsClient sns = sns(proof.endpoint())) {
                dynamo.getItem(r -> r.tableName(table).key(key("INCIDENT#1")));
                dynamo.putItem(r -> r.tableName(table).item(key("INCIDENT#1")));
                dynamo.putItem(r -> r.tableName(table).item(key("ALERT#web#disk")));
                sns.publish(r -> r.topicArn(proof.environment().get("TOPIC")).message("page"));
            }
            return null;
        });
        proof.unusedBecause("WriteIncidentsAndAlerts dynamodb:UpdateItem", "not this test's subject");
    }

    /** Makes DynamoDB calls as the function under proof. */
    private static void asFunction(IamProof proof, Consumer<DynamoDbClient> calls) throws Exception {
        proof.record(() -> {
            try (DynamoDbClient dynamo = dynamo(proof.endpoint())) {
                calls.accept(dynamo);
            }
            return null;
        });
    }

    private static Map<String, AttributeValue> key(String pk) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS("X"));
    }

    private static DynamoDbClient dynamo(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("fn", "fn")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    private static SnsClient sns(URI endpoint) {
        return SnsClient.builder().endpointOverride(endpoint).region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("fn", "fn")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}
