package dev.touban.aws.secrets;

import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.GetParameterRequest;

/** Secrets held as SSM Parameter Store SecureString parameters, decrypted on read. */
public final class SsmSecrets implements Secrets {
    private final SsmClient ssm;

    public SsmSecrets(SsmClient ssm) {
        this.ssm = ssm;
    }

    @Override
    public String get(String parameterName) {
        return ssm.getParameter(GetParameterRequest.builder().name(parameterName).withDecryption(true).build())
                .parameter()
                .value();
    }
}
