package dev.touban.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LambdaHttpBridgeTest {
    @ParameterizedTest
    @ValueSource(strings = {"io", "runtime"})
    void aHandlerThatThrows_isAnswered500_asLambdaWould_neverLeftHanging(String kind) throws Exception {
        RequestStreamHandler throwing = (in, out, context) -> {
            in.readAllBytes();
            if (kind.equals("io")) {
                throw new IOException("socket closed");
            }
            throw new UncheckedIOException(new IOException("socket closed"));
        };
        HttpResponse<String> answer = call(throwing);
        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body()).startsWith("handler failed: ").contains("socket closed");
    }

    @Test
    void aHandlersProxyResult_isTheHttpAnswer() throws Exception {
        RequestStreamHandler ok = (in, out, context) -> {
            in.readAllBytes();
            out.write("{\"statusCode\":418,\"headers\":{\"content-type\":\"text/plain\"},\"body\":\"tea\"}".getBytes());
        };
        HttpResponse<String> answer = call(ok);
        assertThat(answer.statusCode()).isEqualTo(418);
        assertThat(answer.body()).isEqualTo("tea");
    }

    private static HttpResponse<String> call(RequestStreamHandler handler) throws Exception {
        return OneRequest.post("/x", exchange -> LambdaHttpBridge.serve(exchange, handler, Instant.parse("2026-12-07T01:00:00Z")), "{}");
    }
}
