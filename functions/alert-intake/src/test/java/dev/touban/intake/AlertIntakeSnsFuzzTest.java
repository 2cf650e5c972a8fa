package dev.touban.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.touban.aws.http.Json;
import dev.touban.domain.config.Member;
import dev.touban.testing.UnreachableTable;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Any SNS message on the intake's two topics. From the alarms topic: an outcome, or the
 * documented refusal of an alarm no service claims ({@link IllegalStateException}, so it goes
 * to the dead-letter queue), and only a routed ALARM or OK reaches the table. From the
 * inbound-SMS topic: always an outcome, and only a reply to the two-way number from a
 * member's phone with that incident's code reaches the table. Inputs:
 * {@code AlertIntakeSnsFuzzTestInputs/} (the messages of the sample events).
 */
class AlertIntakeSnsFuzzTest {
    private static final FuzzIntake INTAKE = new FuzzIntake();
    private static final Pattern REPLY = Pattern.compile("(?i)\\s*(ack|acknowledge|resolve)\\s+#?(\\d{1,12})\\s+([0-9a-z]{4})\\s*[.!]?\\s*");

    @FuzzTest
    void alarmsTopic_anyMessage_hasAnOutcome_andOnlyARoutedAlarmReachesTheTable(byte[] input) {
        String message = new String(input, StandardCharsets.UTF_8);
        try {
            assertThat(INTAKE.sns(IntakeWorld.ALARMS_TOPIC, message)).isNotBlank();
        } catch (IllegalStateException unrouted) {
            assertThat(unrouted.getMessage()).contains("matches no service");
            assertThat(FuzzIntake.CONFIG.serviceForAlarm((String) Json.parseObject(message).get("AlarmName"))).isEmpty();
        } catch (UnreachableTable.Reached reached) {
            Map<String, Object> alarm = Json.parseObject(message);
            assertThat(FuzzIntake.CONFIG.serviceForAlarm((String) alarm.get("AlarmName"))).isPresent();
            assertThat(alarm.get("NewStateValue")).isIn("ALARM", "OK");
        }
    }

    @FuzzTest
    void inboundSmsTopic_anyMessage_hasAnOutcome_andOnlyAMembersCodeReachesTheTable(byte[] input) {
        String message = new String(input, StandardCharsets.UTF_8);
        try {
            assertThat(INTAKE.sns(IntakeWorld.INBOUND_SMS_TOPIC, message)).isNotBlank();
        } catch (UnreachableTable.Reached reached) {
            Map<String, Object> sms = Json.parseObject(message);
            assertThat(sms.get("destinationNumber")).isEqualTo(IntakeWorld.TWO_WAY_NUMBER);
            Member member = FuzzIntake.CONFIG.memberByPhone((String) sms.get("originationNumber")).orElseThrow();
            Matcher reply = REPLY.matcher((String) sms.get("messageBody"));
            assertThat(reply.matches()).isTrue();
            assertThat(FuzzIntake.SMS_CODES.matches(Long.parseLong(reply.group(2)), member.id(), reply.group(3))).isTrue();
        }
    }
}
