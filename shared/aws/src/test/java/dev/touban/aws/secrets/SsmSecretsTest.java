package dev.touban.aws.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;

@ExtendWith(EmulatorExtension.class)
class SsmSecretsTest {

    @Test
    void get_decryptsTheSecureStringParameter(Emulated aws) {
        try (SsmClient ssm = ssm(aws)) {
            ssm.putParameter(r -> r.name("/touban/slack/signing-secret").type(ParameterType.SECURE_STRING).value("s3cr3t-value"));
        }

        String secret = new SsmSecrets(new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())))
                .get("/touban/slack/signing-secret");

        assertThat(secret).isEqualTo("s3cr3t-value");
    }

    @Test
    void get_missingParameter_failsNamingIt_withoutAnyValue(Emulated aws) {
        try (SsmClient ssm = ssm(aws)) {
            ssm.putParameter(r -> r.name("/touban/other").type(ParameterType.SECURE_STRING).value("other-value"));
        }
        SsmSecrets secrets = new SsmSecrets(new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())));

        assertThatThrownBy(() -> secrets.get("/touban/missing"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/touban/missing")
                .hasMessageContaining("ParameterNotFound")
                .hasMessageNotContaining("other-value");
    }

    @Test
    void get_retriesThrottlingAndServerErrorsWithBackoff_thenReadsTheValue() throws Exception {
        try (mockwebserver3.MockWebServer ssm = new mockwebserver3.MockWebServer()) {
            ssm.start();
            ssm.enqueue(answer(503, "{\"__type\":\"InternalServerError\",\"message\":\"try later\"}"));
            ssm.enqueue(answer(400, "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}"));
            ssm.enqueue(answer(200, "{\"Parameter\":{\"Name\":\"/touban/key\",\"Value\":\"k3y\"}}"));
            java.util.List<java.time.Duration> waits = new java.util.ArrayList<>();

            String value = new SsmSecrets(new AwsClients(AwsSettings.emulator(ssm.url("/").uri(), software.amazon.awssdk.regions.Region.US_EAST_1)),
                    waits::add).get("/touban/key");

            assertThat(value).isEqualTo("k3y");
            assertThat(ssm.getRequestCount()).isEqualTo(3);
            assertThat(waits).hasSize(2);
            assertThat(waits.get(0)).isBetween(java.time.Duration.ofMillis(50), java.time.Duration.ofMillis(100));
            assertThat(waits.get(1)).isBetween(java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(200));
        }
    }

    @Test
    void get_refusedAccess_failsAtOnce_andAServiceDownForEveryAttempt_failsAfterFour() throws Exception {
        try (mockwebserver3.MockWebServer ssm = new mockwebserver3.MockWebServer()) {
            ssm.start();
            ssm.enqueue(answer(400, "{\"__type\":\"AccessDeniedException\",\"message\":\"not allowed\"}"));
            for (int i = 0; i < 4; i++) {
                ssm.enqueue(answer(500, "{\"__type\":\"InternalServerError\"}"));
            }
            java.util.List<java.time.Duration> waits = new java.util.ArrayList<>();
            SsmSecrets secrets = new SsmSecrets(new AwsClients(AwsSettings.emulator(ssm.url("/").uri(),
                    software.amazon.awssdk.regions.Region.US_EAST_1)), waits::add);

            assertThatThrownBy(() -> secrets.get("/touban/key")).hasMessageContaining("AccessDeniedException");
            assertThat(waits).isEmpty();
            assertThatThrownBy(() -> secrets.get("/touban/key")).hasMessageContaining("after 4 attempts");
            assertThat(ssm.getRequestCount()).isEqualTo(5);
            assertThat(waits).hasSize(3);
        }
    }

    private static mockwebserver3.MockResponse answer(int status, String body) {
        return new mockwebserver3.MockResponse.Builder().code(status).addHeader("Content-Type", "application/x-amz-json-1.1").body(body).build();
    }

    private static SsmClient ssm(Emulated aws) {
        return SsmClient.builder().endpointOverride(aws.endpoint()).region(aws.region())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}
