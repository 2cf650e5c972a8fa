package dev.touban.intake;

import static dev.touban.intake.IntakeWorld.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.domain.incident.AckLinks;
import dev.touban.testing.ApiRecorder;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MutableClock;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.iam.IamProof;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Least privilege, proven: the alert intake, wired as template.yaml deploys it, answers bad
 * input, Events API triggers, acknowledgements and resolves, acknowledge links, a CloudWatch
 * alarm and an SMS reply with only calls its statements allow, and needs each grant.
 */
@ExtendWith(EmulatorExtension.class)
class AlertIntakeIamTest {

    @Test
    void everyInputPath_makesOnlyCallsTheTemplatePolicyAllows_andUsesEveryGrant(Emulated aws) throws Exception {
        try (ApiRecorder slack = ApiRecorder.start();
                IamProof proof = IamProof.of(aws, "AlertIntakeFunction")
                        .parameter("SmsOriginationIdentity", IntakeWorld.SMS_ORIGINATION)
                        .parameter("SmsTwoWayNumber", IntakeWorld.TWO_WAY_NUMBER)
                        .voice(slack.voiceEndpoint()).start()) {
            proof.stack().secureString("SlackBotTokenParameter", "xoxb-test");
            proof.stack().secureString("AckLinkKeyParameter", IntakeWorld.LINK_KEY);
            Map<String, String> env = new HashMap<>(proof.environment());
            env.put("TOUBAN_CONFIG", RepoFiles.path("config/oncall.example.yaml").toString());
            env.put("SLACK_API_BASE", slack.slackBase().toString());
            env.put("VOICE_ENDPOINT", proof.endpoint().toString());
            // the sample events send the example roster's published key, which only the local runner accepts
            env.put(IntakeSettings.ACCEPT_EXAMPLE_KEY, "true");
            String token = new AckLinks(IntakeWorld.LINK_KEY, AckLinks.DEFAULT_VALIDITY).token(1, "bob", T0);
            String alarms = proof.stack().ref("AlarmsTopic");
            String replies = proof.stack().ref("InboundSmsTopic");

            List<Object> statuses = proof.record(() -> {
                AlertIntakeHandler handler = new AlertIntakeHandler(env, new MutableClock(T0));
                List<Object> out = new ArrayList<>();
                out.add(status(handler, IntakeWorld.withBody("alert-intake-events-api-trigger.json", "{\"routing_key\":")));
                out.add(status(handler, IntakeWorld.event("alert-intake-events-api-trigger.json")));
                out.add(status(handler, link(token, "GET", "")));
                out.add(status(handler, link(token, "POST", "")));
                out.add(status(handler, IntakeWorld.event("alert-intake-events-api-acknowledge.json")));
                out.add(status(handler, IntakeWorld.event("alert-intake-alertmanager-trigger.json")));
                out.add(status(handler, IntakeWorld.event("alert-intake-alertmanager-resolve.json")));
                out.add(status(handler, link(token, "POST", "action=resolve")));
                out.add(status(handler, IntakeWorld.event("alert-intake-heartbeat-ping.json")));
                out.add(status(handler, IntakeWorld.request("alert-intake-heartbeat-ping.json", "POST", "/heartbeat/" + "0".repeat(32))));
                status(handler, fromTopic("alert-intake-cloudwatch-alarm.json", alarms));
                status(handler, fromTopic("alert-intake-sms-reply.json", replies));
                assertThat(slack.calls("SendTextMessage")).hasSize(1);
                return out;
            });

            assertThat(statuses).containsExactly(400, 202, 200, 200, 202, 202, 202, 200, 200, 404);
            proof.unusedBecause("DecryptSecureStringWithTheSsmKey",
                    "SSM calls KMS on the function's behalf to decrypt the SecureString; the function never calls KMS");
            proof.check();
        }
    }

    @SuppressWarnings("unchecked")
    private static String link(String token, String method, String form) throws Exception {
        Map<String, Object> event = JSON.std.mapFrom(IntakeWorld.request("alert-intake-ack-link.json", method, "/ack/" + token));
        event.put("pathParameters", Map.of("token", token));
        event.put("routeKey", method + " /ack/{token}");
        if (method.equals("POST")) {
            ((Map<String, Object>) event.get("headers")).put("content-type", "application/x-www-form-urlencoded");
            event.put("body", form);
        }
        return JSON.std.asString(event);
    }

    /** The SNS sample with the TopicArn of this deployment's topic. */
    @SuppressWarnings("unchecked")
    private static String fromTopic(String name, String topicArn) throws Exception {
        Map<String, Object> event = JSON.std.mapFrom(IntakeWorld.event(name));
        for (Object record : (List<Object>) event.get("Records")) {
            ((Map<String, Object>) ((Map<String, Object>) record).get("Sns")).put("TopicArn", topicArn);
        }
        return JSON.std.asString(event);
    }

    private static Object status(AlertIntakeHandler handler, String event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return JSON.std.mapFrom(new String(out.toByteArray(), StandardCharsets.UTF_8)).get("statusCode");
    }
}
