package dev.touban.aws;

import java.time.Duration;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds AWS clients that all share one explicitly chosen HTTP client (url-connection:
 * the lightest at cold start) and the same region, endpoint and credentials.
 */
public final class AwsClients {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final AwsSettings settings;
    private final SdkHttpClient http;

    public AwsClients(AwsSettings settings) {
        // every attempt of every AWS call is bounded: the SDK's three attempts fit the step function's 60 s
        this(settings, UrlConnectionHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT).socketTimeout(READ_TIMEOUT).build());
    }

    /** With a given HTTP client (tests wrap the emulator's). */
    public AwsClients(AwsSettings settings, SdkHttpClient http) {
        this.settings = settings;
        this.http = http;
    }

    public AwsSettings settings() {
        return settings;
    }

    private DynamoDbClient dynamo;

    /** One DynamoDB client per set of settings: every store of a function shares it. */
    public synchronized DynamoDbClient dynamoDb() {
        if (dynamo == null) {
            dynamo = configure(DynamoDbClient.builder()).build();
        }
        return dynamo;
    }

    /** The one HTTP client every AWS call goes through (also used for the signed SSM read, see SsmSecrets). */
    public SdkHttpClient http() {
        return http;
    }

    /** Applies the shared settings to any service client builder; used by function modules for their own services. */
    public <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder) {
        builder.region(settings.region()).credentialsProvider(settings.credentials()).httpClient(http);
        if (settings.endpoint().isPresent()) {
            builder.endpointOverride(settings.endpoint().get());
        }
        return builder;
    }
}
