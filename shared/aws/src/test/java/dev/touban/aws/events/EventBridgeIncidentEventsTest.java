package dev.touban.aws.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentEvents;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.Severity;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MotoRecords;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.Target;

@ExtendWith(EmulatorExtension.class)
class EventBridgeIncidentEventsTest {
    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");

    private EventBridgeClient events;
    private MotoRecords moto;

    @BeforeEach
    void setUp(Emulated aws) {
        events = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())).configure(EventBridgeClient.builder()).build();
        moto = new MotoRecords(aws.endpoint());
        String queue = moto.createQueue("touban-events", "us-east-1");
        events.putRule(r -> r.name("touban-all").eventPattern("{\"source\":[\"touban\"]}"));
        events.putTargets(r -> r.rule("touban-all").targets(Target.builder().id("queue").arn(queue).build()));
    }

    @Test
    void publish_putsIncidentAcknowledgedWithWhoAndWhat() throws Exception {
        Incident incident = new Incident(42, "web", "abc", "web", "sre", "sre-default",
                Alert.simple("Checkout 5xx", "prometheus", Severity.ERROR), IncidentStatus.ACKNOWLEDGED, 3, 1, null, T0,
                Actor.member("alice", "Alice Sato", "slack"), T0.plusSeconds(60), null, null, 0);

        new EventBridgeIncidentEvents(events, "default", "touban").publish(IncidentEvents.Kind.ACKNOWLEDGED, incident,
                Actor.member("alice", "Alice Sato", "slack"), T0.plusSeconds(60));

        Map<String, Object> event = JSON.std.mapFrom(moto.sqsBodies().get(0));
        assertThat(event).containsEntry("source", "touban").containsEntry("detail-type", "IncidentAcknowledged");
        assertThat(JSON.std.asString(event.get("detail"))).isEqualTo(
                "{\"incident\":42,\"status\":\"acknowledged\",\"summary\":\"Checkout 5xx\",\"severity\":\"error\",\"source\":\"prometheus\","
                        + "\"service\":\"web\",\"team\":\"sre\",\"escalationPolicy\":\"sre-default\",\"dedupKey\":\"abc\","
                        + "\"triggeredAt\":\"2026-11-28T09:00:00Z\",\"by\":{\"member\":\"alice\",\"name\":\"Alice Sato\",\"via\":\"slack\"},"
                        + "\"at\":\"2026-11-28T09:01:00Z\"}");
    }

    @Test
    void runNow_putsEscalationStepDue() throws Exception {
        new EventBridgeStepTrigger(events, "default", "touban", Clock.fixed(T0, ZoneOffset.UTC)).runNow(42, 0);

        Map<String, Object> event = JSON.std.mapFrom(moto.sqsBodies().get(0));
        assertThat(event).containsEntry("detail-type", "EscalationStepDue").containsEntry("detail", Map.of("incident", 42, "step", 0));
    }
}
