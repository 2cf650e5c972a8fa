package dev.touban.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.touban.aws.http.HttpRequest;
import dev.touban.aws.http.HttpResponse;
import dev.touban.aws.http.Json;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.rotation.SwapProposalStore;
import dev.touban.domain.slack.SlackSignature;
import dev.touban.slack.followup.FollowUp;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.UnreachableTable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * {@code POST /slack/interactions} with any payload, correctly signed (so the fuzzer gets past
 * the signature to the reading): the answer is never a 5xx and nothing escapes but the desk
 * being reached, which only a roster member's press may do. The desk is
 * {@link UnreachableTable}: reaching it ends the input, so no emulator is needed. Inputs:
 * {@code SlackInteractionsFuzzTestInputs/}, the JSON payloads (the harness form-encodes them).
 */
class SlackInteractionsFuzzTest {
    private static final Instant NOW = Instant.parse("2026-11-28T09:00:30Z");
    private static final SlackSignature SIGNATURE = new SlackSignature("fuzz-signing-secret");
    private static final OncallConfig CONFIG = ConfigLoader.fromFile(RepoFiles.path("config/oncall.example.yaml"));
    private static final SlackInteractions INTERACTIONS = new SlackInteractions(CONFIG, SIGNATURE,
            () -> UnreachableTable.desk(CONFIG), UnreachableTable.standIn(SwapProposalStore.class),
            followUps -> followUps.forEach(f -> {
                if (f instanceof FollowUp.Reply reply) {
                    assertThat(reply.responseUrl()).startsWith("https://hooks.slack.com/");
                }
            }));

    @FuzzTest
    void anySignedPayload_isAnsweredBelow500_andOnlyAMemberReachesTheDesk(byte[] input) {
        String payload = new String(input, StandardCharsets.UTF_8);
        String body = "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
        String timestamp = Long.toString(NOW.getEpochSecond());
        HttpRequest request = new HttpRequest("POST", SlackInteractions.PATH, Map.of("content-type", "application/x-www-form-urlencoded",
                "x-slack-request-timestamp", timestamp, "x-slack-signature", SIGNATURE.sign(timestamp, body)), Map.of(), body);
        HttpResponse response;
        try {
            response = INTERACTIONS.handle(request, NOW);
        } catch (UnreachableTable.Reached reached) {
            @SuppressWarnings("unchecked")
            Map<String, Object> user = (Map<String, Object>) Json.parseObject(payload).get("user");
            assertThat(CONFIG.memberBySlackId((String) user.get("id"))).isPresent();
            return;
        }
        assertThat(response.status()).isIn(200, 400, 413);
    }
}
