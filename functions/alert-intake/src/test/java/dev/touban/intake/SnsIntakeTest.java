package dev.touban.intake;

import static dev.touban.intake.IntakeWorld.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.ApiRecorder;
import dev.touban.testing.RepoFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    private static final String ERIN_PHONE = "+819056789012";

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
    void smsReply_asEndUserMessagingDeliversIt_withThePagesCode_acknowledgesAsThatMember_andTextsBackFromTheTwoWayIdentity() {
        open();

        world.invoke(event("alert-intake-sms-reply.json"));

        Incident incident = world.runtime.desk().incident(1).orElseThrow();
        assertThat(incident.status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
        assertThat(incident.acknowledgedBy()).isEqualTo(Actor.member("bob", "Bob Tanaka", "SMS"));
        assertThat(world.apis.calls("SendTextMessage")).singleElement().satisfies(call -> assertThat(call.body())
                .containsEntry("DestinationPhoneNumber", BOB_PHONE)
                .containsEntry("OriginationIdentity", IntakeWorld.SMS_ORIGINATION)
                .containsEntry("MessageType", "TRANSACTIONAL")
                .containsEntry("MessageBody", "Touban: #1 acknowledged. Escalation stopped."));
        assertThat(world.moto.sms()).as("no SMS through SNS").isEmpty();
    }

    @Test
    void smsReply_afterSomeoneElseAcknowledged_saysWho() {
        open();
        world.runtime.desk().acknowledge(1, Actor.member("alice", "Alice Sato", "slack"), IntakeWorld.T0);

        world.invoke(event("alert-intake-sms-reply.json"));

        assertThat(world.runtime.desk().incident(1).orElseThrow().acknowledgedBy().name()).isEqualTo("Alice Sato");
        assertThat(texts()).containsExactly("Touban: #1 was already acknowledged by Alice Sato.");
    }

    @Test
    void smsReply_resolveWithTheCode_resolves_inAnyCase_forgivingLettersThatLookLikeDigits() {
        open();

        world.invoke(smsWith("resolve #1 " + code(1, "bob").toLowerCase().replace('0', 'o').replace('1', 'l')));

        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(texts()).containsExactly("Touban: #1 resolved.");
    }

    @Test
    void smsReply_thatIsNoCommand_getsTheUsage_andChangesNothing() {
        open();

        world.invoke(smsWith("on my way"));

        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(texts()).containsExactly(InboundSms.USAGE);
    }

    /** Caller ID alone used to acknowledge any team's incident: numbers are sequential. */
    @Test
    void smsReply_withoutTheCode_withAWrongCode_orWithTheCodeSentToSomeoneElse_changesNothing_andGetsTheSameNeutralAnswer() {
        open();

        world.invoke(smsWith("ACK 1"));
        world.invoke(smsWith("ACK 1 ZZZZ"));
        world.invoke(smsWith("ACK 1 " + code(1, "carol")));
        world.invoke(smsWith("RESOLVE 1 " + code(2, "bob")));
        world.invoke(smsWith("ACK 999 " + code(1, "bob")));

        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(texts()).hasSize(5).containsOnly(InboundSms.USAGE);
    }

    /** Tried with a two-team roster: a member of team db acknowledged an SRE incident by SMS. */
    @Test
    void smsReply_fromAMemberOfAnotherTeam_withTheCodeOfTheMemberPaged_changesNothing(Emulated aws) throws IOException {
        world.close();
        Path roster = Files.createTempFile("oncall-two-teams", ".yaml");
        Files.writeString(roster, RepoFiles.read("config/oncall.example.yaml")
                .replace("members:\n  - id: alice", "members:\n  - id: erin\n    name: Erin Kato\n    slack: U05ERIN\n    phone: \"" + ERIN_PHONE
                        + "\"\n    email: erin@example.com\n    timeZone: Asia/Tokyo\n  - id: alice")
                .replace("teams:\n", "teams:\n  - id: db\n    name: DB\n    timeZone: Asia/Tokyo\n    members: [erin]\n    admins: [erin]\n"));
        world = new IntakeWorld(aws, Map.of("TOUBAN_CONFIG", roster.toString()));
        open();

        world.invoke(smsWith("ACK 1 " + code(1, "carol")).replace(BOB_PHONE, ERIN_PHONE));

        assertThat(world.runtime.config().team("db")).isPresent();
        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(world.apis.sms()).extracting(ApiRecorder.Sms::phoneNumber, ApiRecorder.Sms::message)
                .containsExactly(tuple(ERIN_PHONE, InboundSms.USAGE));
    }

    @Test
    void smsReply_guessingCodes_isAnsweredFiveTimesAMinute_thenIgnored_evenWithTheRightCode() {
        open();

        for (int i = 0; i < InboundSms.REPLIES_PER_MINUTE; i++) {
            world.invoke(smsWith("ACK 1 000" + i));
        }
        world.invoke(smsWith("ACK 1 " + code(1, "bob")));

        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(texts()).hasSize(InboundSms.REPLIES_PER_MINUTE).containsOnly(InboundSms.USAGE);
        world.clock.advance(Duration.ofMinutes(1));
        world.invoke(smsWith("ACK 1 " + code(1, "bob")));
        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
    }

    @Test
    void smsReply_notSentToTheTwoWayNumber_isIgnoredWithoutAnswer() {
        open();

        world.invoke(messageWith("alert-intake-sms-reply.json", Map.of("destinationNumber", "+15555550123")));

        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(world.apis.calls()).isEmpty();
    }

    @Test
    void smsReply_fromANumberNotInTheRoster_isIgnoredWithoutAnswer() {
        open();

        world.invoke(smsWith("ACK 1 " + code(1, "bob")).replace(BOB_PHONE, "+15555550199"));

        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(world.apis.calls()).isEmpty();
    }

    /** Alarms and replies used to be told apart by their shape, so anything able to publish to either topic could forge the other. */
    @Test
    void snsRecords_areReadOnlyAsWhatTheirTopicCarries() {
        open();
        String replyOnAlarmsTopic = onTopic(event("alert-intake-sms-reply.json"), IntakeWorld.ALARMS_TOPIC);
        String alarmOnRepliesTopic = onTopic(event("alert-intake-cloudwatch-alarm.json"), IntakeWorld.INBOUND_SMS_TOPIC);
        String alarmOnAnotherTopic = onTopic(event("alert-intake-cloudwatch-alarm.json"), "arn:aws:sns:ap-northeast-1:123456789012:anything");

        assertThat(world.intake().sns(parse(replyOnAlarmsTopic), IntakeWorld.T0)).containsExactly("ignored: not what its topic carries");
        assertThat(world.intake().sns(parse(alarmOnRepliesTopic), IntakeWorld.T0)).containsExactly("ignored: not what its topic carries");
        assertThat(world.intake().sns(parse(alarmOnAnotherTopic), IntakeWorld.T0)).containsExactly("ignored: not from the alarms or inbound-SMS topic");
        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(world.runtime.desk().incident(2)).isEmpty();
        assertThat(world.apis.calls()).isEmpty();
    }

    private List<String> texts() {
        return world.apis.sms().stream().map(ApiRecorder.Sms::message).toList();
    }

    private String code(long incident, String member) {
        return world.runtime.smsCodes().code(incident, member);
    }

    @SuppressWarnings("unchecked")
    private static String onTopic(String event, String topic) {
        try {
            Map<String, Object> e = JSON.std.mapFrom(event);
            ((Map<String, Object>) ((Map<String, Object>) ((List<Object>) e.get("Records")).get(0)).get("Sns")).put("TopicArn", topic);
            return JSON.std.asString(e);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    private static Map<String, Object> parse(String json) {
        try {
            return JSON.std.mapFrom(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
