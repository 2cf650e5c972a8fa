package dev.touban.aws.dynamo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Every item a query matches, page after page through {@code LastEvaluatedKey}. Written out
 * rather than the SDK's {@code queryPaginator}, whose iterables a cold start would otherwise
 * load for a query that nearly always fits one page.
 */
final class QueryPages {
    private QueryPages() {}

    static List<Map<String, AttributeValue>> items(DynamoDbClient client, QueryRequest query) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        QueryRequest next = query;
        while (next != null) {
            QueryResponse page = client.query(next);
            items.addAll(page.items());
            next = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
                    ? query.toBuilder().exclusiveStartKey(page.lastEvaluatedKey()).build()
                    : null;
        }
        return items;
    }
}
