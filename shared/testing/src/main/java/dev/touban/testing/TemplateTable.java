package dev.touban.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;

/**
 * Creates the DynamoDB table exactly as {@code template.yaml} defines it (keys, attribute
 * types, indexes, TTL), so tests and the local runner can never drift from the deployment.
 */
public final class TemplateTable {
    private static final List<String> INTRINSICS = List.of("Ref", "Sub", "GetAtt", "Join", "If", "Equals", "Not",
            "And", "Or", "Select", "Split", "FindInMap", "ImportValue", "Base64", "Cidr", "GetAZs", "Condition");

    private final Map<String, Object> properties;

    private TemplateTable(Map<String, Object> properties) {
        this.properties = properties;
    }

    public static TemplateTable fromRepository() {
        return from(RepoFiles.path("template.yaml"));
    }

    @SuppressWarnings("unchecked")
    public static TemplateTable from(Path template) {
        Map<String, Object> doc;
        try {
            doc = (Map<String, Object>) load(Files.readString(template));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> resources = (Map<String, Object>) doc.get("Resources");
        for (Object resource : resources.values()) {
            Map<String, Object> r = (Map<String, Object>) resource;
            if ("AWS::DynamoDB::Table".equals(r.get("Type"))) {
                return new TemplateTable((Map<String, Object>) r.get("Properties"));
            }
        }
        throw new IllegalStateException(template + " defines no AWS::DynamoDB::Table");
    }

    /** Parses a CloudFormation template: intrinsic functions (!Ref, !Sub ...) are kept as plain values. */
    public static Object load(String yaml) {
        Map<Tag, ConstructNode> intrinsics = new HashMap<>();
        ConstructNode asText = TemplateTable::intrinsic;
        INTRINSICS.forEach(name -> intrinsics.put(new Tag("!" + name), asText));
        LoadSettings settings = LoadSettings.builder().setSchema(new FailsafeSchema()).setTagConstructors(intrinsics).build();
        return new Load(settings).loadFromString(yaml);
    }

    private static Object intrinsic(Node node) {
        return node instanceof ScalarNode scalar ? node.getTag().getValue() + " " + scalar.getValue() : node.getTag().getValue();
    }

    public CreateTableRequest createRequest(String tableName) {
        CreateTableRequest.Builder b = CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.fromValue(text(properties.get("BillingMode"))))
                .attributeDefinitions(maps(properties.get("AttributeDefinitions")).stream()
                        .map(a -> AttributeDefinition.builder().attributeName(text(a.get("AttributeName")))
                                .attributeType(text(a.get("AttributeType"))).build())
                        .toList())
                .keySchema(keySchema(properties.get("KeySchema")));
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (Map<String, Object> gsi : maps(properties.get("GlobalSecondaryIndexes"))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> projection = (Map<String, Object>) gsi.get("Projection");
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName(text(gsi.get("IndexName")))
                    .keySchema(keySchema(gsi.get("KeySchema")))
                    .projection(Projection.builder().projectionType(text(projection.get("ProjectionType"))).build())
                    .build());
        }
        if (!indexes.isEmpty()) {
            b.globalSecondaryIndexes(indexes);
        }
        return b.build();
    }

    public String ttlAttribute() {
        @SuppressWarnings("unchecked")
        Map<String, Object> ttl = (Map<String, Object>) properties.get("TimeToLiveSpecification");
        return ttl == null ? null : text(ttl.get("AttributeName"));
    }

    public void create(DynamoDbClient dynamo, String tableName) {
        dynamo.createTable(createRequest(tableName));
        String ttl = ttlAttribute();
        if (ttl != null) {
            dynamo.updateTimeToLive(r -> r.tableName(tableName).timeToLiveSpecification(s -> s.attributeName(ttl).enabled(true)));
        }
        if (pointInTimeRecovery()) {
            dynamo.updateContinuousBackups(r -> r.tableName(tableName)
                    .pointInTimeRecoverySpecification(s -> s.pointInTimeRecoveryEnabled(true)));
        }
    }

    /** Whether the template turns point-in-time recovery on (the restore drill and make verify look for it). */
    public boolean pointInTimeRecovery() {
        return properties.get("PointInTimeRecoverySpecification") instanceof Map<?, ?> spec
                && "true".equals(text(spec.get("PointInTimeRecoveryEnabled")));
    }

    private static List<KeySchemaElement> keySchema(Object value) {
        return maps(value).stream()
                .map(k -> KeySchemaElement.builder().attributeName(text(k.get("AttributeName"))).keyType(text(k.get("KeyType"))).build())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static String text(Object value) {
        return String.valueOf(value);
    }
}
