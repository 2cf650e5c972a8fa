package dev.touban.escalation;

import dev.touban.aws.http.Json;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.incident.IncidentRuntime;
import dev.touban.aws.paging.PagingChannels;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;

/**
 * Lambda entry point of the escalation step: invoked by one-time Scheduler schedules, by
 * EventBridge {@code EscalationStepDue} events and by the one-minute sweep. Wires from the
 * environment once per cold start; tests pass an {@link EscalationStep}. The clock is read
 * once per invocation.
 */
public final class EscalationStepHandler implements RequestStreamHandler {
    private final EscalationStep step;
    private final Clock clock;

    public EscalationStepHandler() {
        this(System.getenv(), Clock.systemUTC());
    }

    public EscalationStepHandler(Map<String, String> env, Clock clock) {
        this(env, clock, new AwsClients(AwsSettings.fromEnvironment(env)));
    }

    private EscalationStepHandler(Map<String, String> env, Clock clock, AwsClients aws) {
        this(IncidentRuntime.builder(env, aws, clock).pagingChannels(r -> PagingChannels.fromEnvironment(env, aws, r::smsCodes)).build(),
                env, clock);
    }

    private EscalationStepHandler(IncidentRuntime runtime, Map<String, String> env, Clock clock) {
        this(create(runtime, env), clock);
    }

    /** The step over {@code runtime}: its escalator, and the heartbeats its sweep checks. */
    public static EscalationStep create(IncidentRuntime runtime, Map<String, String> env) {
        return new EscalationStep(runtime.escalator(), SweepHeartbeat.fromEnvironment(env), runtime::heartbeats);
    }

    public EscalationStepHandler(EscalationStep step, Clock clock) {
        this.step = step;
        this.clock = clock;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Object event = Json.parse(input);
        if (!(event instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("an escalation step is a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) event;
        Json.write(step.run(map, clock.instant()), output);
    }
}
