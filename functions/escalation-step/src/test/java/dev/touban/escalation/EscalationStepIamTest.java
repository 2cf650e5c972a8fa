package dev.touban.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoHeartbeatStore;
import dev.touban.aws.incident.IncidentRuntime;
import dev.touban.domain.config.RoutingKeys;
import dev.touban.domain.heartbeat.Heartbeat;
import dev.touban.domain.heartbeat.HeartbeatStore;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import dev.touban.testing.ApiRecorder;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MutableClock;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.iam.IamProof;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Least privilege, proven: the escalation step, wired as template.yaml deploys it (voice on),
 * refuses bad input, pages three tiers through Slack, SMS, voice and the pages topic,
 * schedules the next steps and sweeps (opening an incident for a missed heartbeat, resolving it
 * when pinged again), with only calls its statements allow, and needs each grant.
 */
@ExtendWith(EmulatorExtension.class)
class EscalationStepIamTest {
    private static final String VOICE_NUMBER = "arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-0123456789abcdef0123456789abcdef";

    @Test
    void badInputThreeTiersAndASweep_makeOnlyCallsTheTemplatePolicyAllows_andUseEveryGrant(Emulated aws) throws Exception {
        try (ApiRecorder apis = ApiRecorder.start();
                IamProof proof = IamProof.of(aws, "EscalationStepFunction").parameter("VoiceOriginationIdentity", VOICE_NUMBER)
                        .voice(apis.voiceEndpoint()).start()) {
            proof.stack().secureString("SlackBotTokenParameter", "xoxb-test");
            proof.stack().secureString("AckLinkKeyParameter", "step-test-link-key-0123456789");
            MutableClock clock = new MutableClock(StepWorld.T0);
            Map<String, String> env = new HashMap<>(proof.environment());
            env.put("TOUBAN_CONFIG", RepoFiles.path("config/oncall.example.yaml").toString());
            env.put("SLACK_API_BASE", apis.slackBase().toString());
            env.put("VOICE_ENDPOINT", proof.endpoint().toString());
            open(aws, env, clock);
            HeartbeatStore heartbeats = heartbeats(aws);
            heartbeats.ping(WATCHDOG, clock.instant());

            List<Object> outcomes = proof.record(() -> {
                EscalationStepHandler handler = new EscalationStepHandler(env, clock);
                assertThatThrownBy(() -> StepWorld.deliver(handler, "{\"hello\":true}")).isInstanceOf(IllegalArgumentException.class);
                List<Object> out = new ArrayList<>();
                out.add(StepWorld.deliver(handler, RepoFiles.read("events/escalation-step-step-due.json")).get("outcome"));
                clock.advance(Duration.ofMinutes(5));
                out.add(StepWorld.deliver(handler, RepoFiles.read("events/escalation-step-schedule.json")).get("outcome"));
                clock.advance(Duration.ofMinutes(5));
                out.add(StepWorld.deliver(handler, "{\"incident\":1,\"step\":2}").get("outcome"));
                Map<String, Object> missed = StepWorld.deliver(handler, RepoFiles.read("events/escalation-step-sweep.json"));
                out.add(missed.get("sweep"));
                out.add(missed.get("heartbeats"));
                heartbeats.ping(WATCHDOG, clock.instant());
                out.add(StepWorld.deliver(handler, RepoFiles.read("events/escalation-step-sweep.json")).get("heartbeats"));
                return out;
            });

            assertThat(outcomes).containsExactly("paged", "paged", "paged", List.of(),
                    List.of("web/watchdog: missed, incident #2 opened"), List.of("web/watchdog: pinged again, incident #2 resolved"));
            assertThat(apis.calls("SendVoiceMessage")).isNotEmpty();
            proof.unusedBecause("DecryptSecureStringWithTheSsmKey",
                    "SSM calls KMS on the function's behalf to decrypt the SecureString; the function never calls KMS");
            proof.check();
        }
    }

    private static final Heartbeat WATCHDOG = new Heartbeat("web", "watchdog", RoutingKeys.EXAMPLE_HEARTBEAT_SHA256,
            Duration.ofMinutes(5), Duration.ofMinutes(2));

    /** The monitor's side: pings written with the test's own credentials, as the intake would write them. */
    private static HeartbeatStore heartbeats(Emulated aws) {
        AwsClients admin = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        return new DynamoHeartbeatStore(admin::dynamoDb, aws.tableName());
    }

    /** Incident 1 of the example roster's sre-default policy, opened with the test's own credentials before the proof records. */
    private static void open(Emulated aws, Map<String, String> env, MutableClock clock) {
        Map<String, String> admin = new HashMap<>(env);
        admin.put("TABLE_NAME", aws.tableName());
        IncidentRuntime runtime = IncidentRuntime.builder(admin, new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())), clock)
                .stepTrigger((incident, step) -> { }).build();
        runtime.desk().trigger(new NewIncident("web", "iam-proof", "web", "sre", "sre-default",
                Alert.simple("Checkout 5xx above 2%", "prometheus", Severity.CRITICAL)), clock.instant());
    }
}
