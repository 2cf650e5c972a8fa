package dev.touban.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.touban.aws.http.Json;
import dev.touban.domain.incident.AckLinks;
import dev.touban.testing.UnreachableTable;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The intake's HTTP routes through the Lambda handler, with an API Gateway event built around
 * the fuzzed input: never a 5xx, never an uncaught exception, and the table (the desk, see
 * {@link FuzzIntake}) is reached only by what authenticates: an Events API body with a known
 * routing key, an acknowledge link whose token verifies. Inputs:
 * {@code AlertIntakeHttpFuzzTestInputs/} (bodies of the sample events, and tokens).
 */
class AlertIntakeHttpFuzzTest {
    private static final FuzzIntake INTAKE = new FuzzIntake();

    @FuzzTest
    void eventsApi_anyBody_isAnsweredBelow500_andOnlyAKnownRoutingKeyReachesTheTable(byte[] input) {
        String body = new String(input, StandardCharsets.UTF_8);
        Map<String, Object> answer;
        try {
            answer = INTAKE.http("POST", EventsApiEndpoint.PATH, "application/json", body);
        } catch (UnreachableTable.Reached reached) {
            Object key = Json.parseObject(body).get("routing_key");
            assertThat(FuzzIntake.CONFIG.serviceByRoutingKey((String) key)).isPresent();
            return;
        }
        assertThat((Integer) answer.get("statusCode")).isIn(202, 400, 413, 415);
    }

    @FuzzTest
    void ackLink_anyToken_isAnsweredBelow500_andOnlyAValidTokenReachesTheTable(byte[] input) {
        String token = new String(input, StandardCharsets.UTF_8);
        for (String method : new String[] {"GET", "POST"}) {
            Map<String, Object> answer;
            try {
                answer = INTAKE.http(method, "/ack/" + token, "application/x-www-form-urlencoded", "");
            } catch (UnreachableTable.Reached reached) {
                assertThat(FuzzIntake.ACK_LINKS.verify(token, FuzzIntake.NOW)).isInstanceOf(AckLinks.Verdict.Valid.class);
                continue;
            }
            assertThat((Integer) answer.get("statusCode")).isIn(400, 403, 410);
        }
    }
}
