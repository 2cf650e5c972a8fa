package dev.touban.bench;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The Slack Web API for the incident functions ({@code SLACK_API_BASE}): every method answers
 * ok with a message timestamp and a DM channel, so chat.postMessage, chat.update and
 * conversations.open all succeed and Touban's own code runs in full. Counts the calls. It also
 * stands in for End User Messaging SMS and Voice v2 ({@code VOICE_ENDPOINT}), and tells a
 * {@link #onPage} listener when each text message or voice call arrives.
 */
final class SlackStub implements AutoCloseable {
    /** The End User Messaging SMS and Voice v2 operations that page someone. */
    static final Set<String> PAGE_OPERATIONS = Set.of("SendTextMessage", "SendVoiceMessage");
    private static final byte[] OK = "{\"ok\":true,\"ts\":\"1.1\",\"channel\":{\"id\":\"D1\"}}".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final AtomicLong calls = new AtomicLong();
    private volatile Consumer<Page> pageListener = page -> { };

    /** A text message or voice call as it reached the stub: when ({@link System#nanoTime}), which operation, to whom. */
    record Page(long arrivedNanos, String operation, String to) {}

    private SlackStub(HttpServer server) {
        this.server = server;
    }

    static SlackStub start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        SlackStub stub = new SlackStub(server);
        server.createContext("/", exchange -> {
            try (exchange) {
                long arrived = System.nanoTime();
                byte[] body = exchange.getRequestBody().readAllBytes();
                stub.calls.incrementAndGet();
                stub.notePage(arrived, exchange.getRequestHeaders().getFirst("X-Amz-Target"), body);
                exchange.getResponseHeaders().set("content-type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(200, OK.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(OK);
                }
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "slack-stub");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return stub;
    }

    private void notePage(long arrived, String target, byte[] body) throws IOException {
        if (target == null) {
            return;
        }
        String operation = target.substring(target.indexOf('.') + 1);
        if (PAGE_OPERATIONS.contains(operation)) {
            Object to = JSON.std.mapFrom(body).get("DestinationPhoneNumber");
            pageListener.accept(new Page(arrived, operation, to == null ? "" : to.toString()));
        }
    }

    /** Tells {@code listener} of every text message and voice call from now on (in place of the one before). */
    void onPage(Consumer<Page> listener) {
        this.pageListener = listener;
    }

    /** The base URL the functions call, like https://slack.com/api/. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    long calls() {
        return calls.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
