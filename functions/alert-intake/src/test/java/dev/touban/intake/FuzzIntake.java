package dev.touban.intake;

import dev.touban.aws.http.Json;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.incident.AckLinks;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.incident.InstanceRateLimit;
import dev.touban.domain.incident.SmsCodes;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.UnreachableTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The alert intake as deployed, over the example roster and the sample events' keys and
 * topics, with {@link UnreachableTable} for a desk and in-memory rate limits (high enough
 * never to answer 429), so fuzz tests run it in memory: reaching the desk ends an input.
 */
final class FuzzIntake {
    static final Instant NOW = IntakeWorld.T0;
    static final OncallConfig CONFIG = ConfigLoader.fromFile(RepoFiles.path("config/oncall.example.yaml"));
    static final AckLinks ACK_LINKS = new AckLinks(IntakeWorld.LINK_KEY, AckLinks.DEFAULT_VALIDITY);
    static final SmsCodes SMS_CODES = new SmsCodes(IntakeWorld.LINK_KEY);

    final AlertIntake intake;
    final AlertIntakeHandler handler;

    FuzzIntake() {
        IncidentDesk desk = UnreachableTable.desk(CONFIG);
        IntakeSettings settings = new IntakeSettings(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, IntakeWorld.ALARMS_TOPIC,
                IntakeWorld.INBOUND_SMS_TOPIC, IntakeWorld.TWO_WAY_NUMBER, true);
        this.intake = new AlertIntake(
                new EventsApiEndpoint(CONFIG, desk, new InstanceRateLimit(), new InstanceRateLimit(), settings),
                new AckLinkPage(CONFIG, desk, () -> ACK_LINKS),
                new CloudWatchAlarms(CONFIG, desk),
                new InboundSms(CONFIG, desk, () -> SMS_CODES, new InstanceRateLimit(), IntakeWorld.TWO_WAY_NUMBER, (phone, text) -> { }),
                settings);
        this.handler = new AlertIntakeHandler(intake, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** The handler's answer to an API Gateway HTTP event (payload format 2.0) around this request, as the proxy result. */
    Map<String, Object> http(String method, String path, String contentType, String body) {
        Map<String, Object> event = Map.of("version", "2.0", "rawPath", path, "rawQueryString", "",
                "headers", Map.of("content-type", contentType, "user-agent", "Grafana/11.3.0"),
                "requestContext", Map.of("http", Map.of("method", method, "path", path)),
                "isBase64Encoded", false, "body", body);
        return Json.parseObject(invoke(Json.write(event)));
    }

    /** The SNS event around one message from {@code topicArn}; the outcome of its one record. */
    String sns(String topicArn, String message) {
        Map<String, Object> record = Map.of("EventSource", "aws:sns", "Sns", Map.of("TopicArn", topicArn, "Message", message));
        List<String> outcomes = intake.sns(Map.of("Records", List.of(record)), NOW);
        return outcomes.get(0);
    }

    private String invoke(String event) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
