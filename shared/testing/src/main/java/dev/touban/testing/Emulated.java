package dev.touban.testing;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** What a test gets from {@link EmulatorExtension}: the emulator's endpoint and a fresh table made from template.yaml. */
public record Emulated(AwsEmulator emulator, String tableName) {

    public URI endpoint() {
        return emulator.endpoint();
    }

    public Region region() {
        return Region.of(AwsEmulator.REGION);
    }

    /** moto's own API (sent SMS, topic messages), when the backend is moto. */
    public Optional<MotoServer> moto() {
        return emulator instanceof MotoServer m ? Optional.of(m) : Optional.empty();
    }

    /** A DynamoDB client for assertions, independent of the code under test. */
    public DynamoDbClient dynamo() {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint())
                .region(region())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
