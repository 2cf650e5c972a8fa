package dev.touban.canary;

import dev.touban.aws.metrics.EmbeddedMetrics;
import dev.touban.aws.metrics.EmbeddedMetrics.Metric;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A completed canary, as a metric: {@code Touban / CanaryCompleted} (1) and
 * {@code CanaryLatencyMs} (trigger to first Slack delivery), dimension {@code FunctionName},
 * printed as one Embedded Metric Format line. The CanaryAlarm of template.yaml treats missing
 * data as breaching, so a canary that does not complete is silence and raises it.
 */
final class CanaryMetrics {
    static final String COMPLETED = "CanaryCompleted";
    static final String LATENCY = "CanaryLatencyMs";

    private final String functionName;
    private final PrintStream out;

    CanaryMetrics(String functionName, PrintStream out) {
        this.functionName = functionName;
        this.out = out;
    }

    void completed(Instant now, long incident, Duration latency) {
        out.println(EmbeddedMetrics.line(functionName, now,
                List.of(new Metric(COMPLETED, "Count", 1), new Metric(LATENCY, "Milliseconds", latency.toMillis())),
                Map.of("canaryIncident", incident)));
    }
}
