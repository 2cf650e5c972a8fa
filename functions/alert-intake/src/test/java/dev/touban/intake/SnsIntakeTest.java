package dev.touban.intake;

import static dev.touban.intake.IntakeWorld.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MotoRecords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmulatorExtension.class)
class SnsIntakeTest {
    private static final String BOB_PHONE = "+819023456789";

    private IntakeWorld world;

    @BeforeEach
    void setUp(Emulated aws) {
        world = new IntakeWorld(aws, Map.of());
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void cloudWatchAlarm_opensAnIncidentOnTheServiceOwningTheAlarm() {
        world.invoke(event("alert-intake-cloudwatch-alarm.json"));

        Incident incident = world.runtime.desk().incident(1).orElseThrow();
        assertThat(incident.serviceId()).isEqualTo("web");
        assertThat(incident.dedupKey()).isEqualTo("arn:aws:cloudwatch:ap-northeast-1:123456789012:alarm:web-5xx-rate");
        assertThat(incident.alert().summary()).startsWith("web-5xx-rate: Threshold Crossed: 1 out of the last 1 datapoints [12.0");
        assertThat(incident.alert().severity()).isEqualTo(Severity.CRITICAL);
        assertThat(incident.alert().source()).isEqualTo("CloudWatch ap-northeast-1 123456789012");
        assertThat(incident.alert().component()).isEqualTo("5XXError");
        assertThat(incident.alert().group()).isEqualTo("AWS/ApiGateway");
        assertThat(incident.alert().timestamp()).isEqualTo(Instant.parse("2026-11-28T09:00:04.912Z"));
        assertThat(incident.alert().links()).singleElement().satisfies(l -> assertThat(l.href())
                .isEqualTo("https://ap-northeast-1.console.aws.amazon.com/cloudwatch/home?region=ap-northeast-1#alarmsV2:alarm/web-5xx-rate"));
        assertThat(world.eventTypes()).containsExactly("EscalationStepDue", "IncidentTriggered");
    }

    @Test
    void cloudWatchOk_resolvesTheIncidentOfThatAlarm() {
        world.invoke(event("alert-intake-cloudwatch-alarm.json"));
        world.invoke(event("alert-intake-cloudwatch-alarm.json"));

        world.invoke(event("alert-intake-cloudwatch-ok.json"));

        Incident incident = world.runtime.desk().incident(1).orElseThrow();
        assertThat(incident.repeats()).isEqualTo(1);
        assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(incident.resolvedBy()).isEqualTo(Actor.system("CloudWatch", "alarm OK"));
    }

    @Test
    void cloudWatchInsufficientData_isIgnored() {
        world.invoke(alarmWith(Map.of("NewStateValue", "INSUFFICIENT_DATA")));

        assertThat(world.items()).isEmpty();
    }

    @Test
    void cloudWatchAlarm_ofNoService_failsTheDelivery_soItLandsInTheDeadLetterQueue() {
        String unrouted = alarmWith(Map.of("AlarmName", "db-cpu", "AlarmArn", "arn:aws:cloudwatch:ap-northeast-1:123456789012:alarm:db-cpu"));

        assertThatThrownBy(() -> world.invoke(unrouted)).isInstanceOf(IllegalStateException.class)
                .hasMessage("CloudWatch alarm 'db-cpu' matches no service's cloudwatchAlarms prefix in oncall.yaml");
        assertThat(world.items()).isEmpty();
    }

    @Test
    void smsReply_ackAcknowledgesAsTheMemberWhoseNumberSentIt_andTextsBack() {
        open();

        world.invoke(event("alert-intake-sms-reply.json"));

        Incident incident = world.runtime.desk().incident(1).orElseThrow();
        assertThat(incident.status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
        assertThat(incident.acknowledgedBy()).isEqualTo(Actor.member("bob", "Bob Tanaka", "SMS"));
        assertThat(world.moto.sms()).extracting(MotoRecords.Sms::phoneNumber, MotoRecords.Sms::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BOB_PHONE, "Touban: #1 acknowledged. Escalation stopped."));
    }

    @Test
    void smsReply_afterSomeoneElseAcknowledged_saysWho() {
        open();
        world.runtime.desk().acknowledge(1, Actor.member("alice", "Alice Sato", "slack"), IntakeWorld.T0);

        world.invoke(event("alert-intake-sms-reply.json"));

        assertThat(world.runtime.desk().incident(1).orElseThrow().acknowledgedBy().name()).isEqualTo("Alice Sato");
        assertThat(world.moto.sms()).extracting(MotoRecords.Sms::message)
                .containsExactly("Touban: #1 was already acknowledged by Alice Sato.");
    }

    @Test
    void smsReply_resolve_resolves() {
        open();

        world.invoke(smsWith("resolve #1"));

        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.RESOLVED);
    }

    @Test
    void smsReply_thatIsNoCommand_getsTheUsage_andChangesNothing() {
        open();

        world.invoke(smsWith("on my way"));

        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(world.moto.sms()).extracting(MotoRecords.Sms::message)
                .containsExactly("Touban: reply ACK <number> to acknowledge or RESOLVE <number> to resolve, e.g. ACK 42.");
    }

    @Test
    void smsReply_fromANumberNotInTheRoster_isIgnored() {
        open();

        world.invoke(smsWith("ACK 1").replace(BOB_PHONE, "+15555550199"));

        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(world.moto.sms()).isEmpty();
    }

    private void open() {
        world.runtime.desk().trigger(new NewIncident("web", "disk", "web", "sre", "sre-default",
                Alert.simple("Disk full on db-1", "db-1", Severity.CRITICAL)), IntakeWorld.T0);
    }

    private static String smsWith(String body) {
        return messageWith("alert-intake-sms-reply.json", Map.of("messageBody", body));
    }

    private static String alarmWith(Map<String, Object> changes) {
        return messageWith("alert-intake-cloudwatch-alarm.json", changes);
    }

    /** The SNS event with fields of its JSON message changed. */
    @SuppressWarnings("unchecked")
    private static String messageWith(String name, Map<String, Object> changes) {
        try {
            Map<String, Object> event = JSON.std.mapFrom(event(name));
            Map<String, Object> sns = (Map<String, Object>) ((Map<String, Object>) ((List<Object>) event.get("Records")).get(0)).get("Sns");
            Map<String, Object> message = JSON.std.mapFrom((String) sns.get("Message"));
            message.putAll(changes);
            sns.put("Message", JSON.std.asString(message));
            return JSON.std.asString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
