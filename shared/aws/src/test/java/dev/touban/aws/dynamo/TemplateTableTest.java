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
            assertThat(table.globalSecondaryIndexes()).hasSize(2);
            assertThat(table.globalSecondaryIndexes()).filteredOn(gsi -> gsi.indexName().equals(TableKeys.GSI1)).singleElement().satisfies(gsi -> {
                assertThat(gsi.keySchema()).extracting(k -> k.attributeName() + " " + k.keyType())
                        .containsExactly(TableKeys.GSI1_PK + " " + KeyType.HASH, TableKeys.GSI1_SK + " " + KeyType.RANGE);
                assertThat(gsi.projection().projectionType()).isEqualTo(ProjectionType.ALL);
            });
            // the sweep's sparse index: keys only, the sweep reads each incident it names
            assertThat(table.globalSecondaryIndexes()).filteredOn(gsi -> gsi.indexName().equals(TableKeys.GSI2)).singleElement().satisfies(gsi -> {
                assertThat(gsi.keySchema()).extracting(k -> k.attributeName() + " " + k.keyType())
                        .containsExactly(TableKeys.GSI2_PK + " " + KeyType.HASH, TableKeys.GSI2_SK + " " + KeyType.RANGE);
                assertThat(gsi.projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
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
                .containsExactlyInAnyOrder(TableKeys.PK, TableKeys.SK, TableKeys.GSI1_PK, TableKeys.GSI1_SK, TableKeys.GSI2_PK, TableKeys.GSI2_SK);
    }
}
