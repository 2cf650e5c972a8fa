package dev.touban.escalation;

import dev.touban.aws.metrics.EmbeddedMetrics;
import java.io.PrintStream;
import java.time.Instant;
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
    public static final String NAMESPACE = EmbeddedMetrics.NAMESPACE;
    public static final String METRIC = "EscalationSweepCompleted";
    public static final String DIMENSION = EmbeddedMetrics.DIMENSION;

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
        // sweepSteps is a log field, not a metric: what the sweep did, for Logs Insights
        return EmbeddedMetrics.line(functionName, now, List.of(new EmbeddedMetrics.Metric(METRIC, "Count", 1)), Map.of("sweepSteps", steps));
    }
}
