package dev.touban.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

class RefreshableCredentialsTest {

    @Test
    void refresh_replacesTheProvider_soCachedCredentialsFromTheSnapshotAreDropped() {
        AtomicInteger generation = new AtomicInteger();
        RefreshableCredentials credentials = new RefreshableCredentials(() -> StaticCredentialsProvider.create(
                AwsBasicCredentials.create("key-" + generation.incrementAndGet(), "secret")));
        assertThat(credentials.resolveCredentials().accessKeyId()).isEqualTo("key-1");

        credentials.refresh();

        assertThat(credentials.resolveCredentials().accessKeyId()).isEqualTo("key-2");
    }
}
