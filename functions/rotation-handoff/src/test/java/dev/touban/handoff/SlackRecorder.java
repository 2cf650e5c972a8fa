package dev.touban.handoff;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Slack's Web API as the handoff calls it: records every request (method, headers, JSON body,
 * the status answered) and answers as Slack does, unless told to fail a method a number of
 * times (an HTTP status) or to be down altogether.
 */
final class SlackRecorder implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, Integer> failureStatus = new ConcurrentHashMap<>();
    private volatile boolean down;

    /** One request and the status it was answered with. */
    record Call(String method, Map<String, Object> body, String authorization, String contentType, int status) {
        boolean ok() {
            return status == 200;
        }
    }

    SlackRecorder() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI base() {
        return server.url("/api/").uri();
    }

    /** The next {@code times} calls of {@code method} answer HTTP {@code status}. */
    void failNext(String method, int status, int times) {
        failureStatus.put(method, status);
        failuresLeft.put(method, new AtomicInteger(times));
    }

    /** While down, every call answers 503. */
    void down(boolean down) {
        this.down = down;
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** The calls Slack accepted, in order. */
    List<Call> accepted(String method) {
        return calls(method).stream().filter(Call::ok).toList();
    }

    @Override
    public void close() {
        server.close();
    }

    private MockResponse answer(RecordedRequest request) {
        String method = request.getUrl().encodedPath().substring("/api/".length());
        Map<String, Object> body;
        try {
            body = JSON.std.mapFrom(request.getBody().utf8());
        } catch (IOException e) {
            body = Map.of("unreadable", request.getBody().utf8());
        }
        int status = down ? 503 : 200;
        AtomicInteger left = failuresLeft.get(method);
        if (status == 200 && left != null && left.getAndDecrement() > 0) {
            status = failureStatus.get(method);
        }
        calls.add(new Call(method, body, request.getHeaders().get("Authorization"), request.getHeaders().get("Content-Type"), status));
        if (status != 200) {
            return new MockResponse.Builder().code(status).body("upstream connect error").build();
        }
        String ts = method.equals("chat.postMessage") ? ",\"channel\":\"" + body.get("channel") + "\",\"ts\":\"1796605200." + calls.size() + "\"" : "";
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body("{\"ok\":true" + ts + "}").build();
    }

    /** Texts of the messages Slack accepted, per channel, in order. */
    List<String> posted(String channel) {
        List<String> out = new ArrayList<>();
        for (Call c : accepted("chat.postMessage")) {
            if (channel.equals(c.body().get("channel"))) {
                out.add((String) c.body().get("text"));
            }
        }
        return out;
    }
}
