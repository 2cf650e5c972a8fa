package dev.touban.bench;

import dev.touban.testing.AwsEmulator;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Deletes the items a warm series piles up (requests, attendance, floor writes), keeping open check-ins. */
final class TableSweeper {
    private static final Set<String> SWEPT = Set.of("REQUEST", "ATTENDANCE", "BENCH");

    private final DynamoDbClient dynamo;
    private final String table;

    TableSweeper(URI endpoint, String table) {
        this.dynamo = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.of(AwsEmulator.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("touban-local", "touban-local")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        this.table = table;
    }

    void sweep() {
        for (Map<String, AttributeValue> item : dynamo.scanPaginator(r -> r.tableName(table)).items()) {
            AttributeValue type = item.get("type");
            if (type != null && SWEPT.contains(type.s())) {
                dynamo.deleteItem(r -> r.tableName(table).key(Map.of("pk", item.get("pk"), "sk", item.get("sk"))));
            }
        }
    }
}
