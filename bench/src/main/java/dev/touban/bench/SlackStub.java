package dev.touban.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Slack Web API for the incident functions ({@code SLACK_API_BASE}): every method answers
 * ok with a message timestamp and a DM channel, so chat.postMessage, chat.update and
 * conversations.open all succeed and Touban's own code runs in full. Counts the calls.
 */
final class SlackStub implements AutoCloseable {
    private static final byte[] OK = "{\"ok\":true,\"ts\":\"1.1\",\"channel\":{\"id\":\"D1\"}}".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final AtomicLong calls = new AtomicLong();

    private SlackStub(HttpServer server) {
        this.server = server;
    }

    static SlackStub start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        SlackStub stub = new SlackStub(server);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                stub.calls.incrementAndGet();
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
