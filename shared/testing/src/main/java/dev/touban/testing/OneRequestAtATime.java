package dev.touban.testing;

import java.util.concurrent.locks.ReentrantLock;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * An HTTP client for the emulator that lets one AWS request through at a time, process-wide.
 *
 * <p>Why: DynamoDB applies each request atomically (a conditional write checks and writes
 * in one step), but moto server handles requests on threads and checks a condition well
 * before it writes, so two simultaneous conditional writes can both succeed there. With
 * requests serialised at the emulator boundary, concurrency tests still interleave
 * everything a caller does between requests (two readers both seeing "absent", then
 * racing their conditional writes), which is exactly what the code under test must survive.
 * moto answers each request completely before its response starts, so holding the lock
 * until the response arrives covers the whole request.
 */
public final class OneRequestAtATime implements SdkHttpClient {
    private static final ReentrantLock LOCK = new ReentrantLock(true);

    private final SdkHttpClient delegate;

    public OneRequestAtATime(SdkHttpClient delegate) {
        this.delegate = delegate;
    }

    public static SdkHttpClient create() {
        return new OneRequestAtATime(UrlConnectionHttpClient.create());
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        ExecutableHttpRequest prepared = delegate.prepareRequest(request);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws java.io.IOException {
                LOCK.lock();
                try {
                    return prepared.call();
                } finally {
                    LOCK.unlock();
                }
            }

            @Override
            public void abort() {
                prepared.abort();
            }
        };
    }

    @Override
    public String clientName() {
        return "OneRequestAtATime";
    }

    @Override
    public void close() {
        delegate.close();
    }
}
