package dev.touban.aws;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Region, endpoint and credentials for every AWS client, stated explicitly so the SDK never
 * walks its default chains at cold start. On Lambda, credentials come from the environment
 * (or the container endpoint SnapStart functions use); against an emulator
 * ({@code TOUBAN_AWS_ENDPOINT}) they are fixed dummies.
 */
public record AwsSettings(Region region, Optional<URI> endpoint, AwsCredentialsProvider credentials) {

    public static AwsSettings fromEnvironment(Map<String, String> env) {
        Region region = Region.of(env.getOrDefault("AWS_REGION", "us-east-1"));
        String endpoint = env.get("TOUBAN_AWS_ENDPOINT");
        if (endpoint != null && !endpoint.isBlank()) {
            return emulator(URI.create(endpoint), region);
        }
        return new AwsSettings(region, Optional.empty(), new RefreshableCredentials(() -> AwsCredentialsProviderChain.of(
                EnvironmentVariableCredentialsProvider.create(), ContainerCredentialsProvider.create())));
    }

    /** After a SnapStart restore: forget cached credentials so the next call resolves them anew. */
    public void refreshCredentials() {
        if (credentials instanceof RefreshableCredentials refreshable) {
            refreshable.refresh();
        }
    }

    public static AwsSettings emulator(URI endpoint, Region region) {
        return new AwsSettings(region, Optional.of(endpoint),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("touban-local", "touban-local")));
    }
}
