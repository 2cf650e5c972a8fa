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

    private static SsmClient ssm(Emulated aws) {
        return SsmClient.builder().endpointOverride(aws.endpoint()).region(aws.region())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}
