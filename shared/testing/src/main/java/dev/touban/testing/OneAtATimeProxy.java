package dev.touban.testing;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback HTTP proxy that hands requests to moto one at a time.
 *
 * <p>moto serves requests on several threads without isolating them: a cancelled
 * TransactWriteItems restores a copy of the table taken when it began, erasing writes other
 * requests committed meanwhile, so two conditional writes of one key can both "win". DynamoDB
 * applies every request atomically. Serving requests one at a time restores that guarantee,
 * and concurrency tests then fail only for races in the code under test, which still sees its
 * requests interleave in any order.
 */
final class OneAtATimeProxy implements AutoCloseable {
    private static final Set<String> HOP_BY_HOP = Set.of("host", "connection", "content-length", "transfer-encoding",
            "keep-alive", "expect", "upgrade");
    private static final Pattern ACTION = Pattern.compile("(?:^|&)Action=([A-Za-z]+)");

    private final HttpServer server;
    private final ExecutorService threads;
    private final URI target;
    private final ReentrantLock gate = new ReentrantLock(true);
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Consumer<AwsExchange> observer = exchange -> { };

    private OneAtATimeProxy(HttpServer server, ExecutorService threads, URI target) {
        this.server = server;
        this.threads = threads;
        this.target = target;
    }

    static OneAtATimeProxy start(URI target) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            ExecutorService threads = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "moto-gate");
                t.setDaemon(true);
                return t;
            });
            OneAtATimeProxy proxy = new OneAtATimeProxy(server, threads, target);
            server.createContext("/", proxy::forward);
            server.setExecutor(threads);
            server.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sees every request and its answer, in the order moto served them (the cost benchmark counts them). */
    void observe(Consumer<AwsExchange> observer) {
        this.observer = observer;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Answer answer;
            gate.lock();
            try {
                log(exchange, body);
                answer = send(exchange.getRequestMethod(), exchange.getRequestURI().toString(), exchange.getRequestHeaders(), body);
                observer.accept(new AwsExchange(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                        Map.copyOf(exchange.getRequestHeaders()), body, answer.status(), answer.body()));
            } finally {
                gate.unlock();
            }
            answer.headers().forEach((name, values) -> {
                if (name != null && !HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            boolean noBody = answer.body().length == 0 || exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(answer.status(), noBody ? -1 : answer.body().length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        }
    }

    /**
     * With {@code -Dtouban.moto.log=FILE}, one line per request naming the AWS operation: to see
     * exactly which calls a function makes (the benchmark floors make the same ones).
     */
    private void log(HttpExchange exchange, byte[] body) throws IOException {
        String file = System.getProperty("touban.moto.log");
        if (file == null || file.isBlank()) {
            return;
        }
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        String operation;
        if (target != null) {
            operation = target;
        } else {
            Matcher action = ACTION
                    .matcher(new String(body, StandardCharsets.UTF_8));
            operation = action.find() ? action.group(1) : exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        }
        Files.writeString(Path.of(file), System.currentTimeMillis() + " " + operation + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private Answer send(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(target + pathAndQuery).toURL().openConnection();
        c.setRequestMethod(method);
        c.setInstanceFollowRedirects(false);
        c.setConnectTimeout(5_000);
        c.setReadTimeout(60_000);
        headers.forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                c.setRequestProperty(name, String.join(",", values));
            }
        });
        if (body.length > 0) {
            c.setDoOutput(true);
            c.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
        }
        int status = c.getResponseCode();
        byte[] answer;
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            answer = in == null ? new byte[0] : in.readAllBytes();
        }
        return new Answer(status, c.getHeaderFields(), answer);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        threads.shutdownNow();
    }

    private record Answer(int status, Map<String, List<String>> headers, byte[] body) {}
}
