package dev.touban.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MutableClock;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.iam.IamProof;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Least privilege, proven: the spreadsheet sync, wired as template.yaml deploys it, makes only calls its statements allow, and needs each one. */
@ExtendWith(EmulatorExtension.class)
class SpreadsheetSyncIamTest {
    private static final Instant DEC_1 = Instant.parse("2026-12-01T00:05:00Z");

    @Test
    void unknownEventAndMonthlyExport_makeOnlyCallsTheTemplatePolicyAllows_andUseEveryGrant(Emulated aws) throws Exception {
        TestKeys keys = new TestKeys();
        try (IamProof proof = IamProof.of(aws, "SpreadsheetSyncFunction").start(); MockWebServer google = new MockWebServer()) {
            google.setDispatcher(new FakeGoogle(keys.pair.getPublic(), TestKeys.CLIENT_EMAIL));
            google.start();
            AwsClients admin = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
            try (SecretsManagerClient secrets = admin.configure(SecretsManagerClient.builder()).build();
                    S3Client s3 = admin.configure(S3Client.builder()).forcePathStyle(true).build()) {
                secrets.createSecret(c -> c.name("touban/google-sheets").secretString(keys.json(google.url("/token").toString())));
                // a file the month's export replaces, so the export deletes it
                s3.putObject(p -> p.bucket(proof.environment().get("EXPORT_BUCKET")).key("exports/sre/2026-11/stale.csv"), RequestBody.fromString("old"));
            }
            Map<String, String> env = new HashMap<>(proof.environment());
            env.put("TOUBAN_CONFIG", Path.of(getClass().getResource("/oncall-sync-test.yaml").toURI()).toString());
            env.put("GOOGLE_SHEETS_BASE", google.url("/").toString());

            List<Object> statuses = proof.record(() -> {
                SpreadsheetSyncHandler handler = new SpreadsheetSyncHandler(env, new MutableClock(DEC_1));
                return List.of(status(handler, "{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\",\"detail\":{}}"),
                        status(handler, RepoFiles.read("events/spreadsheet-sync-monthly.json")));
            });

            assertThat(statuses).containsExactly("rejected", "exported");
            proof.unusedBecause("WriteAndLinkExports s3:GetObject",
                    "the presigned link the export answers with is a GetObject under the function's credentials, made later by whoever opens it");
            proof.check();
        }
    }

    private static Object status(SpreadsheetSyncHandler handler, String event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return JSON.std.mapFrom(out.toByteArray()).get("status");
    }
}
