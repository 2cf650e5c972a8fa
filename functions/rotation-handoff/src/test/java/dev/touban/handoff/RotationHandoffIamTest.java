package dev.touban.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.testing.ApiRecorder;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MutableClock;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.iam.IamProof;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Least privilege, proven: the handoff, wired as template.yaml deploys it, makes only calls its statements allow, and needs each one. */
@ExtendWith(EmulatorExtension.class)
class RotationHandoffIamTest {
    /** Monday 7 December 2026 10:00 Tokyo, two seconds after the example roster's primary handoff. */
    private static final Instant DEC_7 = Instant.parse("2026-12-07T01:00:02Z");

    @Test
    void badEventHandoffAndRetry_makeOnlyCallsTheTemplatePolicyAllows_andUseEveryGrant(Emulated aws) throws Exception {
        try (IamProof proof = IamProof.of(aws, "RotationHandoffFunction").start(); ApiRecorder slack = ApiRecorder.start()) {
            proof.stack().secureString("SlackBotTokenParameter", "xoxb-test");
            Map<String, String> env = new HashMap<>(proof.environment());
            env.put("TOUBAN_CONFIG", RepoFiles.path("config/oncall.example.yaml").toString());
            env.put("SLACK_API_BASE", slack.slackBase().toString());

            List<Object> statuses = proof.record(() -> {
                RotationHandoffHandler handler = new RotationHandoffHandler(env, new MutableClock(DEC_7));
                String sweep = RepoFiles.read("events/rotation-handoff-sweep.json");
                return List.of(status(handler, "{\"team\":\"nope\",\"rotation\":\"nope\"}"),
                        status(handler, sweep), status(handler, sweep));
            });

            assertThat(statuses).containsExactly("rejected", "ok", "nothing-due");
            proof.unusedBecause("DecryptSecureStringWithTheSsmKey",
                    "SSM calls KMS on the function's behalf to decrypt the SecureString; the function never calls KMS");
            proof.check();
        }
    }

    private static Object status(RotationHandoffHandler handler, String event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        } catch (HandoffEventRejected e) {
            return "rejected";
        }
        if (out.size() == 0) {
            throw new AssertionError("no answer");
        }
        return JSON.std.mapFrom(out.toByteArray()).get("status");
    }
}
