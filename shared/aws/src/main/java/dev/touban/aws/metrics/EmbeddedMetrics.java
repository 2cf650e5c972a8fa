package dev.touban.aws.metrics;

import dev.touban.aws.http.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One CloudWatch Embedded Metric Format line: printed on standard output by a Lambda
 * function, it becomes metrics in namespace {@code Touban} with the dimension
 * {@code FunctionName}, with no SDK call and nothing loaded at cold start. Alarms of
 * template.yaml watch these metrics (the sweep's heartbeat, the canary).
 */
public final class EmbeddedMetrics {
    public static final String NAMESPACE = "Touban";
    public static final String DIMENSION = "FunctionName";

    /** One metric of the line: its name, CloudWatch unit and value. */
    public record Metric(String name, String unit, Number value) {}

    private EmbeddedMetrics() {}

    /** The line for {@code metrics} of function {@code functionName} at {@code at}; {@code fields} are log fields only (for Logs Insights). */
    public static String line(String functionName, Instant at, List<Metric> metrics, Map<String, Object> fields) {
        List<Map<String, Object>> definitions = new ArrayList<>();
        for (Metric m : metrics) {
            Map<String, Object> definition = new LinkedHashMap<>();
            definition.put("Name", m.name());
            definition.put("Unit", m.unit());
            definitions.add(definition);
        }
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("Namespace", NAMESPACE);
        directive.put("Dimensions", List.of(List.of(DIMENSION)));
        directive.put("Metrics", definitions);
        Map<String, Object> aws = new LinkedHashMap<>();
        aws.put("Timestamp", at.toEpochMilli());
        aws.put("CloudWatchMetrics", List.of(directive));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("_aws", aws);
        root.put(DIMENSION, functionName);
        for (Metric m : metrics) {
            root.put(m.name(), m.value());
        }
        root.putAll(fields);
        return Json.write(root);
    }
}
