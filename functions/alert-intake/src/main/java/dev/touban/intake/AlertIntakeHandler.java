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
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Lambda entry point of the alert intake: API Gateway HTTP events ({@code POST /v2/enqueue},
 * {@code GET|POST /ack/{token}}) and SNS events (CloudWatch alarms, SMS replies). Wires
 * from the environment once per cold start; tests pass an {@link AlertIntake}.
 */
public final class AlertIntakeHandler implements RequestStreamHandler {
    private final AlertIntake intake;
    private final Clock clock;

    public AlertIntakeHandler() {
        this(System.getenv(), Clock.systemUTC());
    }

    public AlertIntakeHandler(Map<String, String> env, Clock clock) {
        this(create(IncidentRuntime.builder(env, new AwsClients(AwsSettings.fromEnvironment(env)), clock).build()), clock);
    }

    public AlertIntakeHandler(AlertIntake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    public static AlertIntake create(IncidentRuntime runtime) {
        var config = runtime.config();
        // Only an SMS reply ("ACK 42") texts back; its SNS client is built then.
        Lazy<SnsClient> sns = new Lazy<>(() -> runtime.aws().configure(SnsClient.builder()).build());
        return new AlertIntake(
                new EventsApiEndpoint(config, runtime.desk(), runtime.rateLimit()),
                new AckLinkPage(config, runtime.desk(), runtime::ackLinks),
                new CloudWatchAlarms(config, runtime.desk()),
                new InboundSms(config, runtime.desk(), (phone, text) -> sns.get().publish(r -> r.phoneNumber(phone).message(text))));
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
