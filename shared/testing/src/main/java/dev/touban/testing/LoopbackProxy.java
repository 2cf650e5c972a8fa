package dev.touban.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.touban.testing.faults.Call;
import dev.touban.testing.faults.FaultAnswers;
import dev.touban.testing.faults.FaultKind;
import dev.touban.testing.faults.Faults;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The one loopback HTTP proxy of the test harness and the local runner, in front of the AWS
 * emulator or a SaaS recorder. What it does besides forwarding is chosen when it is built:
 * <ul>
 * <li>{@link Builder#oneAtATime()}: hands requests upstream one at a time. moto serves requests
 *     on several threads without isolating them (a cancelled TransactWriteItems restores a copy of
 *     the table taken when it began, erasing writes committed meanwhile, so two conditional writes
 *     of one key can both "win"); DynamoDB applies every request atomically, and serving them one
 *     at a time restores that. With {@code -Dtouban.moto.log=FILE} it writes one line per request
 *     naming the AWS operation.</li>
 * <li>Always: a TransactWriteItems repeated with the {@code ClientRequestToken} of one that
 *     committed is answered with success and not forwarded, as DynamoDB does ({@link TransactionTokens}).</li>
 * <li>{@link Builder#route}: requests of one {@code X-Amz-Target} prefix go elsewhere (End User
 *     Messaging, which moto does not serve, to a local recorder).</li>
 * <li>{@link Builder#faults}: throttles, fails, resets, delays or refuses the share of calls the
 *     {@link Faults} say, answering in the protocol's wire format; a faulted call never reaches upstream.</li>
 * <li>{@link #observe}: sees each forwarded request with its answer.</li>
 * </ul>
 */
public final class LoopbackProxy implements AutoCloseable {
    private static final Set<String> HOP_BY_HOP = Set.of("host", "connection", "content-length", "transfer-encoding",
            "keep-alive", "expect", "upgrade");

    private final HttpServer server;
    private final ExecutorService threads;
    private final Builder settings;
    private final ReentrantLock gate = new ReentrantLock(true);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final TransactionTokens tokens = new TransactionTokens();
    private volatile Consumer<AwsExchange> observer;

    private LoopbackProxy(HttpServer server, ExecutorService threads, Builder settings) {
        this.server = server;
        this.threads = threads;
        this.settings = settings;
        this.observer = settings.observer;
    }

    public static Builder to(URI upstream) {
        return new Builder(upstream);
    }

    public static final class Builder {
        private final URI upstream;
        private String name = "loopback-proxy";
        private boolean oneAtATime;
        private String routePrefix;
        private URI routeTo;
        private Faults faults;
        private String plainService;
        private Consumer<AwsExchange> observer = exchange -> { };

        private Builder(URI upstream) {
            this.upstream = upstream;
        }

        /** Names its threads. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder oneAtATime() {
            this.oneAtATime = true;
            return this;
        }

        /** Requests whose X-Amz-Target starts with {@code targetPrefix} go to {@code to} (when not null). */
        public Builder route(String targetPrefix, URI to) {
            this.routePrefix = targetPrefix;
            this.routeTo = to;
            return this;
        }

        /**
         * Injects {@code faults}; a request signed with SigV4 belongs to its AWS service, any other
         * to {@code plainService} (slack in front of a Slack recorder; null in front of the emulator,
         * whose own API is then never faulted).
         */
        public Builder faults(Faults faults, String plainService) {
            this.faults = faults;
            this.plainService = plainService;
            return this;
        }

        public Builder observe(Consumer<AwsExchange> observer) {
            this.observer = observer;
            return this;
        }

        public LoopbackProxy start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
                ExecutorService threads = Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r, name);
                    t.setDaemon(true);
                    return t;
                });
                LoopbackProxy proxy = new LoopbackProxy(server, threads, this);
                server.createContext("/", proxy::forward);
                server.setExecutor(threads);
                server.start();
                return proxy;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Sees every forwarded request and its answer (one at a time and in order behind {@link Builder#oneAtATime()}). */
    public void observe(Consumer<AwsExchange> observer) {
        this.observer = observer;
    }

    /** The faults it injects, when built with some. */
    public Optional<Faults> faults() {
        return Optional.ofNullable(settings.faults);
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestMethod();
            String pathAndQuery = exchange.getRequestURI().toString();
            Map<String, List<String>> headers = Map.copyOf(exchange.getRequestHeaders());
            if (settings.faults != null && injected(exchange, method, headers, body)) {
                return;
            }
            Answer answer;
            if (settings.oneAtATime) {
                gate.lock();
                try {
                    answer = relay(method, pathAndQuery, headers, body);
                } finally {
                    gate.unlock();
                }
            } else {
                answer = relay(method, pathAndQuery, headers, body);
            }
            reply(exchange, answer.status(), answer.headers(), answer.body());
        }
    }

    /** True when a fault took the call (answered or dropped it); a delay holds it and lets it go on. */
    private boolean injected(HttpExchange exchange, String method, Map<String, List<String>> headers, byte[] body) throws IOException {
        Call call = Call.of(method, exchange.getRequestURI().getPath(), headers, body, settings.plainService);
        Optional<Faults.Decision> decision = settings.faults.decide(call);
        if (decision.isEmpty()) {
            return false;
        }
        FaultKind kind = decision.get().kind();
        switch (kind) {
            case DELAY -> {
                try {
                    Thread.sleep(decision.get().rule().delay());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }
            case RESET -> throw new IOException("connection dropped by an injected fault");
            default -> {
                FaultAnswers.Answer answer = FaultAnswers.answer(call, kind);
                Map<String, List<String>> answerHeaders = new java.util.LinkedHashMap<>();
                answer.headers().forEach((name, value) -> answerHeaders.put(name, List.of(value)));
                reply(exchange, answer.status(), answerHeaders, answer.body());
                return true;
            }
        }
    }

    private Answer relay(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) throws IOException {
        if (settings.oneAtATime) {
            log(method, pathAndQuery, headers, body);
        }
        String target = header(headers, "X-Amz-Target");
        String token = TransactionTokens.tokenOf(target, body);
        if (tokens.committed(token)) {
            return new Answer(200, Map.of("Content-Type", List.of("application/x-amz-json-1.0")), "{}".getBytes(StandardCharsets.UTF_8));
        }
        URI to = settings.routeTo != null && target != null && target.startsWith(settings.routePrefix) ? settings.routeTo : settings.upstream;
        Answer answer = send(to, method, pathAndQuery, headers, body);
        tokens.remember(token, answer.status());
        observer.accept(new AwsExchange(method, pathAndQuery, headers, body, answer.status(), answer.body()));
        return answer;
    }

    private static Answer send(URI to, String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(to.toString().replaceAll("/$", "") + pathAndQuery).toURL().openConnection();
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

    private static void reply(HttpExchange exchange, int status, Map<String, List<String>> headers, byte[] body) throws IOException {
        headers.forEach((name, values) -> {
            if (name != null && !HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        boolean noBody = body.length == 0 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** With {@code -Dtouban.moto.log=FILE}, one line per request naming the AWS operation (the benchmark floors make the same ones). */
    private static void log(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) throws IOException {
        String file = System.getProperty("touban.moto.log");
        if (file == null || file.isBlank()) {
            return;
        }
        Call call = Call.of(method, URI.create(pathAndQuery).getPath(), headers, body, null);
        String target = header(headers, "X-Amz-Target");
        String operation = target != null ? target : call.protocol() == Call.Protocol.AWS_QUERY ? call.operation() : method + " " + call.operation();
        Files.writeString(Path.of(file), System.currentTimeMillis() + " " + operation + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (h.getKey() != null && h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty()) {
                return h.getValue().get(0);
            }
        }
        return null;
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
