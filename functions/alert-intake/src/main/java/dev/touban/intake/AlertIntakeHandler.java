package dev.touban.intake;

import dev.touban.aws.http.Json;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.Lazy;
import dev.touban.aws.http.ApiGatewayHttp;
import dev.touban.aws.http.HttpResponse;
import dev.touban.aws.incident.IncidentRuntime;
import dev.touban.aws.paging.PagingChannels;
import dev.touban.aws.paging.TextMessages;
import dev.touban.domain.incident.InstanceRateLimit;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * Lambda entry point of the alert intake: API Gateway HTTP events ({@code POST /v2/enqueue},
 * {@code GET|POST /heartbeat/{key}}, {@code GET|POST /ack/{token}}) and SNS events (CloudWatch alarms, SMS replies). Wires
 * from the environment once per cold start; tests pass an {@link AlertIntake}.
 */
public final class AlertIntakeHandler implements RequestStreamHandler {
    private final AlertIntake intake;
    private final Clock clock;

    public AlertIntakeHandler() {
        this(System.getenv(), Clock.systemUTC());
    }

    public AlertIntakeHandler(Map<String, String> env, Clock clock) {
        this(create(IncidentRuntime.builder(env, new AwsClients(AwsSettings.fromEnvironment(env)), clock).build(), env), clock);
    }

    public AlertIntakeHandler(AlertIntake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    /** The intake over {@code runtime}, told the rest by {@code env} ({@link IntakeSettings}, and SMS_ORIGINATION_IDENTITY for answers). */
    public static AlertIntake create(IncidentRuntime runtime, Map<String, String> env) {
        var config = runtime.config();
        IntakeSettings settings = IntakeSettings.fromEnvironment(env);
        // Only an SMS reply ("ACK 42 7Q3F") texts back; the End User Messaging client is built then.
        Lazy<TextMessages> texts = new Lazy<>(() -> PagingChannels.textMessages(env, runtime.aws()));
        // one in-memory count of requests that proved no key, whichever route they came by
        InstanceRateLimit instance = new InstanceRateLimit();
        return new AlertIntake(
                new EventsApiEndpoint(config, runtime.desk(), runtime.rateLimit(), instance, settings),
                new AckLinkPage(config, runtime.desk(), runtime::ackLinks),
                new CloudWatchAlarms(config, runtime.desk()),
                new InboundSms(config, runtime.desk(), runtime::smsCodes, runtime.rateLimit(), settings.smsTwoWayNumber(),
                        (phone, text) -> {
                            if (texts.get() == null) {
                                throw new IllegalStateException("SMS_ORIGINATION_IDENTITY is not set: answers to SMS replies are off");
                            }
                            texts.get().send(phone, text);
                        }),
                new HeartbeatEndpoint(config, runtime::heartbeats, instance, settings),
                settings);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Map<String, Object> event = Json.parseObject(input);
        if (event.containsKey("Records")) {
            intake.sns(event, clock.instant());
            output.write("{}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        HttpResponse response = intake.http(ApiGatewayHttp.fromEvent(event), clock.instant());
        ApiGatewayHttp.write(response, output);
    }
}
