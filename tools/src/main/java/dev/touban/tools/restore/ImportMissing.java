package dev.touban.tools.restore;

import dev.touban.aws.dynamo.TableKeys;
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Puts back into the live table what it lost: every item of a restored copy that the live
 * table does not have, each with a condition that it still does not (an item the live table
 * has, however it changed since, is never overwritten: an incident resolved after the
 * recovery point must not reopen and page again). Safe to run twice.
 */
final class ImportMissing {
    private final DynamoDbClient dynamo;
    private final PrintStream out;

    ImportMissing(DynamoDbClient dynamo, PrintStream out) {
        this.dynamo = dynamo;
        this.out = out;
    }

    void run(String restored, String live) {
        out.println("Importing into " + live + " the items it lacks from " + restored);
        Map<String, long[]> byKind = new TreeMap<>();
        for (Map<String, AttributeValue> item : dynamo.scanPaginator(r -> r.tableName(restored)).items()) {
            long[] n = byKind.computeIfAbsent(TableKeys.kind(item), k -> new long[2]);
            try {
                dynamo.putItem(r -> r.tableName(live).item(item).conditionExpression("attribute_not_exists(#pk)")
                        .expressionAttributeNames(Map.of("#pk", TableKeys.PK)));
                n[0]++;
            } catch (ConditionalCheckFailedException e) {
                n[1]++;
            }
        }
        out.printf("  %-20s %8s %8s%n", "kind", "put back", "present");
        long total = 0;
        for (Map.Entry<String, long[]> e : byKind.entrySet()) {
            out.printf("    %-18s %8d %8d%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
            total += e.getValue()[0];
        }
        out.println("  " + total + " item(s) put back; items the live table has were left as they are");
    }
}
