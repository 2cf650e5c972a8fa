package dev.touban.aws.secrets;

import dev.touban.aws.AwsClients;
import dev.touban.aws.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
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
    /** Attempts at one read; waits of 100, 200, 400 ms between them (with jitter) fit any function's cold start. */
    static final int ATTEMPTS = 4;
    private static final Duration FIRST_WAIT = Duration.ofMillis(100);

    /** Waits between attempts; {@link Thread#sleep} in production, a recorder in tests. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final AwsClients aws;
    private final Sleeper sleeper;

    public SsmSecrets(AwsClients aws) {
        this(aws, d -> Thread.sleep(d.toMillis()));
    }

    public SsmSecrets(AwsClients aws, Sleeper sleeper) {
        this.aws = aws;
        this.sleeper = sleeper;
    }

    /**
     * The parameter's decrypted value. Throttling, a 5xx and a failure to connect are tried
     * again with backoff; a refusal (no such parameter, access denied) fails at once.
     */
    @Override
    public String get(String parameterName) {
        for (int attempt = 1; ; attempt++) {
            try {
                return getOnce(parameterName);
            } catch (Transient e) {
                if (attempt >= ATTEMPTS) {
                    throw new IllegalStateException(e.getMessage() + " (after " + ATTEMPTS + " attempts)", e.getCause());
                }
                pause(FIRST_WAIT.multipliedBy(1L << (attempt - 1)));
            }
        }
    }

    private void pause(Duration ceiling) {
        try {
            sleeper.sleep(Duration.ofMillis(ceiling.toMillis() / 2 + ThreadLocalRandom.current().nextLong(ceiling.toMillis() / 2 + 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to read a secret again", e);
        }
    }

    /** A failure worth another attempt. */
    private static final class Transient extends RuntimeException {
        Transient(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private String getOnce(String parameterName) {
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
            String why = "SSM GetParameter " + parameterName + " failed: HTTP " + status + " "
                    + answer.getOrDefault("__type", "") + " " + answer.getOrDefault("message", answer.getOrDefault("Message", ""));
            if (status >= 500 || status == 429 || String.valueOf(answer.get("__type")).contains("Throttling")) {
                throw new Transient(why, null);
            }
            throw new IllegalStateException(why);
        } catch (IOException e) {
            throw new Transient("SSM GetParameter " + parameterName + " failed: " + e.getMessage(), new UncheckedIOException(e));
        }
    }

    private static String dnsSuffix(Region region) {
        RegionMetadata metadata = RegionMetadata.of(region);
        return metadata == null ? "amazonaws.com" : metadata.domain();
    }
}
