package dev.touban.tools;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * AWS clients for a tool run from a workstation: credentials and region from the user's
 * profile, as the AWS CLI finds them ({@code AWS_PROFILE}, SSO, environment), or an
 * emulator when {@code TOUBAN_AWS_ENDPOINT} is set (the local runner's moto, tests).
 */
public final class ToolAws {
    private ToolAws() {}

    public static AwsClients from(Map<String, String> env) {
        String endpoint = env.get("TOUBAN_AWS_ENDPOINT");
        if (endpoint != null && !endpoint.isBlank()) {
            return emulator(URI.create(endpoint), env);
        }
        return new AwsClients(new AwsSettings(region(env), Optional.empty(), DefaultCredentialsProvider.builder().build()));
    }

    public static AwsClients emulator(URI endpoint, Map<String, String> env) {
        return new AwsClients(AwsSettings.emulator(endpoint, Region.of(env.getOrDefault("AWS_REGION", "us-east-1"))));
    }

    private static Region region(Map<String, String> env) {
        for (String name : new String[] {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return Region.of(value);
            }
        }
        try {
            return DefaultAwsRegionProviderChain.builder().build().getRegion();
        } catch (RuntimeException e) {
            throw new ToolException("no AWS region: set AWS_REGION or a region in your AWS profile (aws configure)");
        }
    }
}
