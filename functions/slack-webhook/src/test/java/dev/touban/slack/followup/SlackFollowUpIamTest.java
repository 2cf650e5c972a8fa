package dev.touban.slack.followup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoSwapProposalStore;
import dev.touban.aws.http.Json;
import dev.touban.domain.slack.ResponseUrl;
import dev.touban.aws.incident.IncidentRuntime;
import dev.touban.domain.config.Layer;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import dev.touban.domain.rotation.ShiftSwap;
import dev.touban.domain.rotation.SwapProposals;
import dev.touban.testing.ApiRecorder;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MutableClock;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.iam.IamProof;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Least privilege, proven: the follow-up function, wired as template.yaml deploys it, edits an
 * incident's messages (posting it to its team's channel the first time), answers through a
 * response_url, sends a notice and a swap offer, and refuses a malformed event, with only calls
 * its statements allow, and needs each grant.
 */
@ExtendWith(EmulatorExtension.class)
class SlackFollowUpIamTest {
    private static final Instant NOW = Instant.parse("2026-11-25T06:00:00Z");

    @Test
    void everyKindOfFollowUp_makesOnlyCallsTheTemplatePolicyAllows_andUsesEveryGrant(Emulated aws) throws Exception {
        try (IamProof proof = IamProof.of(aws, "SlackFollowUpFunction").start(); ApiRecorder slack = ApiRecorder.start()) {
            proof.stack().secureString("SlackBotTokenParameter", "xoxb-test");
            MutableClock clock = new MutableClock(NOW);
            Map<String, String> env = new HashMap<>(proof.environment());
            env.put("TOUBAN_CONFIG", RepoFiles.path("config/oncall.example.yaml").toString());
            env.put("SLACK_API_BASE", slack.slackBase().toString());
            long incident = setUp(aws, env, clock);

            List<String> outcomes = proof.record(() -> {
                SlackFollowUpHandler handler = new SlackFollowUpHandler(
                        IncidentRuntime.builder(env, new AwsClients(AwsSettings.fromEnvironment(env)), clock).build(), env,
                        ResponseUrl.slackOrLocal(slack.responseEndpoint()));
                String bad = run(handler, "{\"source\":\"touban\",\"detail-type\":\"SlackFollowUp\",\"detail\":{\"followUps\":[{\"kind\":\"x\"}]}}");
                String good = run(handler, Json.write(Map.of("source", "touban", "detail-type", FollowUpEvents.DETAIL_TYPE,
                        "detail", FollowUpEvents.detail(List.of(new FollowUp.Board(incident, "Acknowledged by Bob Tanaka via Slack"),
                                new FollowUp.Reply(slack.responseUrl("iam"), "done", false), new FollowUp.Notice("bob", "hello"),
                                new FollowUp.SwapOffer("sre", "s23456"))))));
                return List.of(bad, good);
            });

            assertThat(outcomes.get(0)).startsWith("rejected: unknown follow-up kind");
            assertThat(outcomes.get(1)).isEqualTo("{\"done\":4}");
            assertThat(slack.calls("chat.postMessage")).extracting(c -> c.body().get("channel")).containsExactly("C0ONCALL", "DU02BOB", "DU04DAVE");
            assertThat(slack.calls("response_url")).hasSize(1);
            proof.unusedBecause("DecryptSecureStringWithTheSsmKey",
                    "SSM calls KMS on the function's behalf to decrypt the SecureString; the function never calls KMS");
            proof.check();
        }
    }

    /** An open incident never shown in Slack, and Carol's pending proposal to Dave, written outside the proof. */
    private static long setUp(Emulated aws, Map<String, String> env, MutableClock clock) {
        Map<String, String> direct = new HashMap<>(env);
        direct.put("TOUBAN_AWS_ENDPOINT", aws.endpoint().toString());
        AwsClients clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        IncidentRuntime runtime = IncidentRuntime.builder(direct, clients, clock).stepTrigger((n, step) -> { }).build();
        long number = runtime.desk().trigger(new NewIncident("web", "disk", "web", "sre", "sre-default",
                Alert.simple("Disk full on db-1", "db-1", Severity.CRITICAL)), NOW).incident().number();
        ShiftSwap swap = new ShiftSwap("s23456", "sre", Layer.PRIMARY, "carol", NOW.plus(Duration.ofDays(26)), NOW.plus(Duration.ofDays(33)),
                "dave", NOW.plus(Duration.ofDays(33)), NOW.plus(Duration.ofDays(40)), "carol", NOW);
        new DynamoSwapProposalStore(clients::dynamoDb, env.get("TABLE_NAME")).propose(SwapProposals.propose(swap, "dave"), "iam-setup", "asked");
        return number;
    }

    private static String run(SlackFollowUpHandler handler, String event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        } catch (FollowUpEvents.Rejected e) {
            return "rejected: " + e.getMessage();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
