package dev.touban.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.testing.ApiRecorder;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MutableClock;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.SlackRequests;
import dev.touban.testing.iam.IamProof;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Least privilege, proven: the Slack webhook, wired as template.yaml deploys it, answers a bad
 * signature, clocks in and out, overrides and cancels, pages, acknowledges, lists and resolves,
 * requests an export and primes its SnapStart snapshot, with only calls its statements allow,
 * and needs each grant.
 */
@ExtendWith(EmulatorExtension.class)
class SlackWebhookIamTest {
    private static final Instant WEDNESDAY = Instant.parse("2026-11-25T06:00:00Z");
    private static final String SECRET = "iam-proof-signing-secret";

    private final AtomicInteger triggers = new AtomicInteger();

    @Test
    void everyKindOfCommand_makesOnlyCallsTheTemplatePolicyAllows_andUsesEveryGrant(Emulated aws) throws Exception {
        try (IamProof proof = IamProof.of(aws, "SlackWebhookFunction").start(); ApiRecorder slack = ApiRecorder.start()) {
            proof.stack().secureString("SlackSigningSecretParameter", SECRET);
            proof.stack().secureString("SlackBotTokenParameter", "xoxb-test");
            MutableClock clock = new MutableClock(WEDNESDAY);
            Map<String, String> env = new HashMap<>(proof.environment());
            env.put("TOUBAN_CONFIG", RepoFiles.path("config/oncall.example.yaml").toString());
            env.put("SLACK_API_BASE", slack.slackBase().toString());
            SlackRequests signer = new SlackRequests(SECRET);

            List<Object> statuses = proof.record(() -> {
                SlackWebhookHandler handler = new SlackWebhookHandler(env, clock);
                List<Object> out = new ArrayList<>();
                out.add(invoke(handler, new SlackRequests("not-the-secret").signedEvent("slack-command-who.json", clock.instant())).get("statusCode"));
                String override = text(invoke(handler, command(signer, "slack-command-override.json", "U01ALICE", null, clock)));
                out.add(text(invoke(handler, command(signer, "slack-command-cancel.json", "U01ALICE", "cancel " + changeId(override), clock))));
                out.add(text(invoke(handler, command(signer, "slack-command-hello.json", "U01ALICE", null, clock))));
                clock.advance(Duration.ofHours(2));
                out.add(text(invoke(handler, command(signer, "slack-command-bye.json", "U01ALICE", null, clock))));
                out.add(text(invoke(handler, command(signer, "slack-command-who.json", "U01ALICE", "call checkout returns 500s", clock))));
                out.add(text(invoke(handler, command(signer, "slack-command-who.json", "U02BOB", "ack 1", clock))));
                out.add(text(invoke(handler, command(signer, "slack-command-who.json", "U02BOB", "incidents", clock))));
                out.add(text(invoke(handler, command(signer, "slack-command-who.json", "U02BOB", "resolve 1", clock))));
                out.add(text(invoke(handler, command(signer, "slack-command-export.json", "U01ALICE", null, clock))));
                out.add(text(invoke(handler, command(signer, "slack-command-furikyu.json", "U01ALICE", "furikyu 11/29 12/2", clock))));
                String proposal = text(invoke(handler, command(signer, "slack-command-swap.json", "U03CAROL", null, clock)));
                out.add(proposal);
                out.add(invoke(handler, press(signer, "U04DAVE", "swap_accept", "sre:" + changeId(proposal), slack, clock)).get("statusCode"));
                out.add(text(invoke(handler, command(signer, "slack-command-who.json", "U02BOB", "maintenance web 1h upgrade", clock))));
                out.add(text(invoke(handler, command(signer, "slack-command-who.json", "U02BOB", "maintenance end web", clock))));
                out.add(text(invoke(handler, command(signer, "slack-command-who.json", "U02BOB", "heartbeats", clock))));
                handler.snapStart().beforeCheckpoint(null);
                return out;
            });

            int pressed = statuses.size() - 4;
            assertThat(statuses.get(0)).isEqualTo(401);
            assertThat(statuses.get(pressed)).as("the Accept button").isEqualTo(200);
            List<Object> texts = new ArrayList<>(statuses.subList(1, pressed));
            texts.addAll(statuses.subList(pressed + 1, statuses.size()));
            assertThat(texts).allSatisfy(text -> assertThat((String) text).isNotBlank());
            assertThat((String) statuses.get(pressed - 1)).startsWith(":hourglass_flowing_sand: Asked *Dave Ito* to accept swap");
            assertThat(slack.calls()).as("Slack is called by the follow-up function, not here").isEmpty();
            assertThat((String) statuses.get(1)).contains("Cancelled");
            assertThat(statuses.subList(statuses.size() - 3, statuses.size())).extracting(t -> ((String) t).substring(0, 10))
                    .containsExactly(":construct", ":white_che", "*Heartbeat");
            assertThat(statuses).anySatisfy(t -> assertThat(String.valueOf(t)).startsWith(":calendar: 振替休日 recorded"));
            proof.unusedBecause("DecryptSecureStringWithTheSsmKey",
                    "SSM calls KMS on the function's behalf to decrypt the SecureString; the function never calls KMS");
            proof.check();
        }
    }

    /** A sample command as {@code userId}, with other text where given, and a trigger id of its own (Slack retries repeat theirs). */
    private String command(SlackRequests signer, String sample, String userId, String text, MutableClock clock) {
        Map<String, String> changes = new HashMap<>();
        changes.put("user_id", userId);
        changes.put("trigger_id", "9" + triggers.incrementAndGet() + ".1.abc");
        if (text != null) {
            changes.put("text", text);
        }
        return signer.signedEvent(sample, changes, clock.instant());
    }

    /** The sample button press by {@code userId} on {@code actionId} with {@code value}. */
    @SuppressWarnings("unchecked")
    private static String press(SlackRequests signer, String userId, String actionId, String value, ApiRecorder slack, MutableClock clock) throws Exception {
        String sample = (String) SlackRequests.event("slack-interaction-acknowledge.json").get("body");
        Map<String, Object> payload = JSON.std.mapFrom(SlackRequests.decodeForm(sample).get("payload"));
        ((Map<String, Object>) payload.get("user")).put("id", userId);
        Map<String, Object> action = (Map<String, Object>) ((List<Object>) payload.get("actions")).get(0);
        action.put("action_id", actionId);
        action.put("value", value);
        payload.put("response_url", slack.responseUrl("iam"));
        String body = "payload=" + java.net.URLEncoder.encode(JSON.std.asString(payload), StandardCharsets.UTF_8);
        return signer.signedEventWithBody("slack-interaction-acknowledge.json", body, clock.instant());
    }

    private static String changeId(String answer) {
        Matcher m = Pattern.compile("`([os][a-z2-9]{5})`").matcher(answer);
        assertThat(m.find()).as("an override id in: %s", answer).isTrue();
        return m.group(1);
    }

    private static Map<String, Object> invoke(SlackWebhookHandler handler, String event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return JSON.std.mapFrom(new String(out.toByteArray(), StandardCharsets.UTF_8));
    }

    private static String text(Map<String, Object> response) throws Exception {
        return String.valueOf(JSON.std.mapFrom((String) response.get("body")).get("text"));
    }
}
