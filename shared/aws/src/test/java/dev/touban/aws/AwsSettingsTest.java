package dev.touban.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

class AwsSettingsTest {

    @Test
    void fromEnvironment_onLambda_usesTheRegionAndNoEndpointOverride() {
        AwsSettings settings = AwsSettings.fromEnvironment(Map.of("AWS_REGION", "ap-northeast-1"));

        assertThat(settings.region()).isEqualTo(Region.AP_NORTHEAST_1);
        assertThat(settings.endpoint()).isEmpty();
        assertThat(settings.credentials()).isNotInstanceOf(StaticCredentialsProvider.class);
    }

    @Test
    void fromEnvironment_withAnEmulatorEndpoint_usesItWithFixedCredentials() {
        AwsSettings settings = AwsSettings.fromEnvironment(Map.of("TOUBAN_AWS_ENDPOINT", "http://127.0.0.1:4566"));

        assertThat(settings.region()).isEqualTo(Region.US_EAST_1);
        assertThat(settings.endpoint()).contains(URI.create("http://127.0.0.1:4566"));
        assertThat(settings.credentials().resolveCredentials().accessKeyId()).isEqualTo("touban-local");
    }

    @Test
    void fromEnvironment_ignoresABlankEndpoint() {
        assertThat(AwsSettings.fromEnvironment(Map.of("TOUBAN_AWS_ENDPOINT", " ")).endpoint()).isEmpty();
    }
}
