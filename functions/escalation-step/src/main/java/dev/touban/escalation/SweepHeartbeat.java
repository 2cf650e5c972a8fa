package dev.touban.escalation;

import dev.touban.aws.http.Json;
import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sweep's heartbeat: one CloudWatch Embedded Metric Format line on standard output per
 * completed sweep. Lambda's log pipeline turns it into the metric
 * {@code Touban / EscalationSweepCompleted} (dimension {@code FunctionName}) with no SDK call
 * and nothing loaded at cold start. A sweep that throws prints nothing, so the
 * EscalationSweepHeartbeatAlarm of template.yaml, which treats missing data as breaching,
 * fires when sweeps stop completing for whatever reason.
 */
public final class SweepHeartbeat {
    public static final String NAMESPACE = "Touban";
    public static final String METRIC = "EscalationSweepCompleted";
    public static final String DIMENSION = "FunctionName";

    private final String functionName;
    private final PrintStream out;

    public SweepHeartbeat(String functionName, PrintStream out) {
        this.functionName = functionName;
        this.out = out;
    }

    /** On Lambda: the function's own name (the alarm's dimension) and standard output. */
    public static SweepHeartbeat fromEnvironment(Map<String, String> env) {
        return new SweepHeartbeat(env.getOrDefault("AWS_LAMBDA_FUNCTION_NAME", "escalation-step"), System.out);
    }

    /** Prints the datapoint of one completed sweep that ran {@code steps} steps. */
    public void sweepCompleted(Instant now, int steps) {
        out.println(line(now, steps));
    }

    String line(Instant now, int steps) {
        Map<String, Object> metric = new LinkedHashMap<>();
        metric.put("Name", METRIC);
        metric.put("Unit", "Count");
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("Namespace", NAMESPACE);
        directive.put("Dimensions", List.of(List.of(DIMENSION)));
        directive.put("Metrics", List.of(metric));
        Map<String, Object> aws = new LinkedHashMap<>();
        aws.put("Timestamp", now.toEpochMilli());
        aws.put("CloudWatchMetrics", List.of(directive));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("_aws", aws);
        root.put(DIMENSION, functionName);
        root.put(METRIC, 1);
        // a log field, not a metric: what the sweep did, for Logs Insights
        root.put("sweepSteps", steps);
        return Json.write(root);
    }
}
