package dev.touban.aws.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;
import software.amazon.awssdk.services.ssm.model.ParameterType;

@ExtendWith(EmulatorExtension.class)
class SsmSecretsTest {
    private SsmClient ssm;

    @BeforeEach
    void setUp(Emulated aws) {
        ssm = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())).ssm();
    }

    @Test
    void get_readsASecureStringDecrypted() {
        ssm.putParameter(r -> r.name("/touban/slack/signing-secret").type(ParameterType.SECURE_STRING).value("s3cr3t"));

        assertThat(new SsmSecrets(ssm).get("/touban/slack/signing-secret")).isEqualTo("s3cr3t");
    }

    @Test
    void get_ofAMissingParameter_fails() {
        assertThatThrownBy(() -> new SsmSecrets(ssm).get("/touban/missing")).isInstanceOf(ParameterNotFoundException.class);
    }
}
