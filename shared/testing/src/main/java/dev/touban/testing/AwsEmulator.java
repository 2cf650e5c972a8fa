package dev.touban.testing;

import java.net.URI;

/** An AWS API emulator on loopback: moto server by default, LocalStack under -Plocalstack. */
public interface AwsEmulator extends AutoCloseable {
    String REGION = "us-east-1";

    URI endpoint();

    /** Forgets every resource and item. */
    void reset();

    @Override
    void close();
}
