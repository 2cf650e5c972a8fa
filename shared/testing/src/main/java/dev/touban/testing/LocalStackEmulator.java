package dev.touban.testing;

import java.net.URI;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * LocalStack in Docker through Testcontainers: the optional second backend ({@code -Plocalstack}).
 * Needs a Docker engine and, since March 2026, {@code LOCALSTACK_AUTH_TOKEN}.
 */
public final class LocalStackEmulator implements AwsEmulator {
    private final LocalStackContainer container;

    private LocalStackEmulator(LocalStackContainer container) {
        this.container = container;
    }

    public static LocalStackEmulator start() {
        String token = System.getenv("LOCALSTACK_AUTH_TOKEN");
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("-Plocalstack needs LOCALSTACK_AUTH_TOKEN (the LocalStack image requires it) and a Docker engine");
        }
        LocalStackContainer container = new LocalStackContainer(DockerImageName.parse("localstack/localstack:latest"))
                .withEnv("LOCALSTACK_AUTH_TOKEN", token);
        container.start();
        return new LocalStackEmulator(container);
    }

    @Override
    public URI endpoint() {
        return container.getEndpoint();
    }

    @Override
    public void reset() {
        // LocalStack has no global reset; tests get a fresh table per test from EmulatorExtension instead.
    }

    @Override
    public void close() {
        container.stop();
    }
}
