package dev.touban.aws.secrets;

import dev.touban.aws.AwsClients;
import dev.touban.aws.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;

/**
 * Secrets held as SSM Parameter Store SecureString parameters, decrypted on read.
 *
 * <p>One signed {@code AmazonSSM.GetParameter} call through the SDK's own SigV4 signer,
 * credentials and HTTP client, rather than the SSM service module: that module is over half
 * of a function jar's bytes and hundreds of classes loaded at cold start for this one call
 * (bench/README.md has the figures).
 */
public final class SsmSecrets implements Secrets {
    private static final String TARGET = "AmazonSSM.GetParameter";

    private final AwsClients aws;

    public SsmSecrets(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public String get(String parameterName) {
        Region region = aws.settings().region();
        byte[] body = Json.write(Map.of("Name", parameterName, "WithDecryption", true)).getBytes(StandardCharsets.UTF_8);
        URI endpoint = aws.settings().endpoint().isPresent()
                ? aws.settings().endpoint().get()
                : URI.create("https://ssm." + region.id() + "." + dnsSuffix(region));
        SdkHttpFullRequest request = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(endpoint)
                .encodedPath("/")
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", TARGET)
                .build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(SignRequest.builder(aws.settings().credentials().resolveCredentials())
                .request(request)
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "ssm")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region.id())
                .build());
        try {
            HttpExecuteResponse response = aws.http().prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request())
                    .contentStreamProvider(signed.payload().orElse(null))
                    .build()).call();
            Map<String, Object> answer;
            try (InputStream in = response.responseBody().orElse(null)) {
                answer = in == null ? Map.of() : Json.parseObject(in);
            }
            int status = response.httpResponse().statusCode();
            if (status == 200 && answer.get("Parameter") instanceof Map<?, ?> parameter && parameter.get("Value") instanceof String value) {
                return value;
            }
            // The error names the parameter and the service's reason, never a value.
            throw new IllegalStateException("SSM GetParameter " + parameterName + " failed: HTTP " + status + " "
                    + answer.getOrDefault("__type", "") + " " + answer.getOrDefault("message", answer.getOrDefault("Message", "")));
        } catch (IOException e) {
            throw new UncheckedIOException("SSM GetParameter " + parameterName + " failed: " + e.getMessage(), e);
        }
    }

    private static String dnsSuffix(Region region) {
        RegionMetadata metadata = RegionMetadata.of(region);
        return metadata == null ? "amazonaws.com" : metadata.domain();
    }
}
