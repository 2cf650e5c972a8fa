package dev.touban.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * template.yaml as CloudFormation reads it: short-form intrinsics become their JSON form
 * ({@code !Ref X} is {@code {"Ref": "X"}}, {@code !GetAtt A.B} is {@code {"Fn::GetAtt": ["A", "B"]}},
 * {@code !Sub s} is {@code {"Fn::Sub": s}}), so tests can resolve and compare them. Every
 * scalar is text, as in the YAML.
 */
public final class CloudFormationTemplate {
    private final Map<String, Object> root;

    private CloudFormationTemplate(Map<String, Object> root) {
        this.root = root;
    }

    public static CloudFormationTemplate fromRepository() {
        return parse(RepoFiles.read("template.yaml"));
    }

    @SuppressWarnings("unchecked")
    public static CloudFormationTemplate parse(String yaml) {
        LoadSettings settings = LoadSettings.builder().setSchema(new FailsafeSchema()).build();
        Node node = new Compose(settings).composeString(yaml).orElseThrow(() -> new IllegalArgumentException("an empty template"));
        return new CloudFormationTemplate((Map<String, Object>) value(node));
    }

    public Map<String, Object> section(String name) {
        return map(root.get(name));
    }

    public Map<String, Object> resources() {
        return section("Resources");
    }

    public Map<String, Object> resource(String logicalId) {
        Map<String, Object> resource = map(resources().get(logicalId));
        if (resource.isEmpty()) {
            throw new IllegalArgumentException("template.yaml has no resource " + logicalId);
        }
        return resource;
    }

    public Map<String, Object> properties(String logicalId) {
        return map(resource(logicalId).get("Properties"));
    }

    /** Logical ids of the resources of {@code type}, in template order. */
    public List<String> idsOfType(String type) {
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, Object> e : resources().entrySet()) {
            if (type.equals(map(e.getValue()).get("Type"))) {
                ids.add(e.getKey());
            }
        }
        return ids;
    }

    /** The value at {@code path} of keys below the root (empty map or null when absent). */
    public Object at(String... path) {
        Object value = root;
        for (String key : path) {
            value = map(value).get(key);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> l ? (List<Object>) l : List.of(value);
    }

    private static Object value(Node node) {
        Object plain = switch (node) {
            case ScalarNode scalar -> scalar.getValue();
            case SequenceNode sequence -> {
                List<Object> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    items.add(value(item));
                }
                yield items;
            }
            case MappingNode mapping -> {
                Map<String, Object> entries = new LinkedHashMap<>();
                for (NodeTuple t : mapping.getValue()) {
                    entries.put(String.valueOf(value(t.getKeyNode())), value(t.getValueNode()));
                }
                yield entries;
            }
            default -> throw new IllegalArgumentException("unexpected YAML node " + node);
        };
        String tag = node.getTag().getValue();
        if (!tag.startsWith("!")) {
            return plain;
        }
        String name = tag.substring(1);
        return switch (name) {
            case "Ref", "Condition" -> Map.of(name, plain);
            case "GetAtt" -> Map.of("Fn::GetAtt", plain instanceof String s ? List.of(s.substring(0, s.indexOf('.')), s.substring(s.indexOf('.') + 1)) : plain);
            default -> Map.of("Fn::" + name, plain);
        };
    }
}
