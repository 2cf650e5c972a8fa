package dev.touban.aws;

import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * A credentials provider that can be replaced by a fresh one. Providers cache what they
 * resolved; after a SnapStart restore that cache belongs to the snapshot (taken maybe days
 * earlier, shared by every restored environment), so the afterRestore hook calls
 * {@link #refresh()} and the next call resolves credentials anew.
 */
public final class RefreshableCredentials implements AwsCredentialsProvider {
    private final Supplier<AwsCredentialsProvider> factory;
    private volatile AwsCredentialsProvider current;

    public RefreshableCredentials(Supplier<AwsCredentialsProvider> factory) {
        this.factory = factory;
        this.current = factory.get();
    }

    @Override
    public AwsCredentials resolveCredentials() {
        return current.resolveCredentials();
    }

    /** Drops whatever the current provider cached; the next resolve goes to the source. */
    public void refresh() {
        current = factory.get();
    }
}
