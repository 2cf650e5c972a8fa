package dev.touban.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.TemplateTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** The table template.yaml deploys is the one TableKeys writes to: same keys, index and TTL attribute. */
@ExtendWith(EmulatorExtension.class)
class TemplateTableTest {

    @Test
    void tableFromTemplate_hasTheKeysIndexAndTtlTableKeysUses(Emulated aws) {
        try (DynamoDbClient dynamo = aws.dynamo()) {
            TableDescription table = dynamo.describeTable(r -> r.tableName(aws.tableName())).table();

            assertThat(table.keySchema()).extracting(k -> k.attributeName() + " " + k.keyType())
                    .containsExactly(TableKeys.PK + " " + KeyType.HASH, TableKeys.SK + " " + KeyType.RANGE);
            assertThat(table.attributeDefinitions()).allSatisfy(a -> assertThat(a.attributeType()).isEqualTo(ScalarAttributeType.S));
            assertThat(table.globalSecondaryIndexes()).singleElement().satisfies(gsi -> {
                assertThat(gsi.indexName()).isEqualTo(TableKeys.GSI1);
                assertThat(gsi.keySchema()).extracting(k -> k.attributeName() + " " + k.keyType())
                        .containsExactly(TableKeys.GSI1_PK + " " + KeyType.HASH, TableKeys.GSI1_SK + " " + KeyType.RANGE);
                assertThat(gsi.projection().projectionType()).isEqualTo(ProjectionType.ALL);
            });
            var ttl = dynamo.describeTimeToLive(r -> r.tableName(aws.tableName())).timeToLiveDescription();
            assertThat(ttl.attributeName()).isEqualTo(TableKeys.TTL);
            assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
        }
    }

    @Test
    void templateDefinition_namesTheSameAttributes() {
        TemplateTable template = TemplateTable.fromRepository();

        assertThat(template.ttlAttribute()).isEqualTo(TableKeys.TTL);
        assertThat(template.createRequest("t").attributeDefinitions()).extracting(a -> a.attributeName())
                .containsExactlyInAnyOrder(TableKeys.PK, TableKeys.SK, TableKeys.GSI1_PK, TableKeys.GSI1_SK);
    }
}
