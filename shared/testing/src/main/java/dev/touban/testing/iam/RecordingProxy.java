package dev.touban.testing.iam;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A loopback HTTP proxy in front of the AWS emulator through which a function under proof
 * makes every AWS call, handing each request to {@code observer} before forwarding it.
 * Requests for End User Messaging SMS and Voice ({@code X-Amz-Target: PinpointSMSVoiceV2.*}),
 * which moto does not serve, go to {@code voice}, a local recorder, when one is given.
 */
final class RecordingProxy implements AutoCloseable {
    private static final Set<String> HOP_BY_HOP = Set.of("host", "connection", "content-length", "transfer-encoding",
            "keep-alive", "expect", "upgrade");

    private final HttpServer server;
    private final ExecutorService threads;
    private final URI emulator;
    private final URI voice;
    private final Consumer<AwsRequests.Request> observer;

    private RecordingProxy(HttpServer server, ExecutorService threads, URI emulator, URI voice, Consumer<AwsRequests.Request> observer) {
        this.server = server;
        this.threads = threads;
        this.emulator = emulator;
        this.voice = voice;
        this.observer = observer;
    }

    static RecordingProxy start(URI emulator, URI voice, Consumer<AwsRequests.Request> observer) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            ExecutorService threads = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "iam-proof-proxy");
                t.setDaemon(true);
                return t;
            });
            RecordingProxy proxy = new RecordingProxy(server, threads, emulator, voice, observer);
            server.createContext("/", proxy::forward);
            server.setExecutor(threads);
            server.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
            String pathAndQuery = exchange.getRequestURI().toString();
            AwsRequests.Request request = new AwsRequests.Request(exchange.getRequestMethod(), pathAndQuery, headers, body);
            if (!pathAndQuery.startsWith("/moto-api/")) {
                observer.accept(request);
            }
            String target = headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("X-Amz-Target"))
                    .map(Map.Entry::getValue).findFirst().orElse("");
            URI to = voice != null && target.startsWith("PinpointSMSVoiceV2.") ? voice : emulator;
            send(exchange, to, request);
        }
    }

    private static void send(HttpExchange exchange, URI to, AwsRequests.Request request) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(to.toString().replaceAll("/$", "") + request.pathAndQuery()).toURL().openConnection();
        c.setRequestMethod(request.method());
        c.setInstanceFollowRedirects(false);
        c.setConnectTimeout(5_000);
        c.setReadTimeout(60_000);
        request.headers().forEach((name, value) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                c.setRequestProperty(name, value);
            }
        });
        if (request.body().length > 0) {
            c.setDoOutput(true);
            c.setFixedLengthStreamingMode(request.body().length);
            try (OutputStream out = c.getOutputStream()) {
                out.write(request.body());
            }
        }
        int status = c.getResponseCode();
        byte[] answer;
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            answer = in == null ? new byte[0] : in.readAllBytes();
        }
        for (Map.Entry<String, List<String>> h : c.getHeaderFields().entrySet()) {
            if (h.getKey() != null && !HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                exchange.getResponseHeaders().put(h.getKey(), h.getValue());
            }
        }
        boolean noBody = answer.length == 0 || request.method().equals("HEAD");
        exchange.sendResponseHeaders(status, noBody ? -1 : answer.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
