package dev.touban.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

@ExtendWith(EmulatorExtension.class)
class QueryPagesTest {

    @Test
    void items_followsLastEvaluatedKey_throughEveryPage(Emulated aws) {
        DynamoDbClient dynamo = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())).dynamoDb();
        for (String sk : List.of("a", "b", "c", "d", "e")) {
            dynamo.putItem(PutItemRequest.builder().tableName(aws.tableName()).item(TableKeys.key("PAGES#test", sk)).build());
        }
        dynamo.putItem(PutItemRequest.builder().tableName(aws.tableName()).item(TableKeys.key("PAGES#other", "a")).build());
        QueryRequest twoAPage = QueryRequest.builder().tableName(aws.tableName())
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("PAGES#test")))
                .limit(2)
                .build();

        List<Map<String, AttributeValue>> items = QueryPages.items(dynamo, twoAPage);

        assertThat(items).extracting(item -> item.get("sk").s()).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void items_ofAQueryMatchingNothing_isEmpty(Emulated aws) {
        DynamoDbClient dynamo = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())).dynamoDb();
        QueryRequest none = QueryRequest.builder().tableName(aws.tableName())
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("PAGES#none")))
                .build();

        assertThat(QueryPages.items(dynamo, none)).isEmpty();
    }
}
