package dev.touban.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A small local Lambda Runtime API (the 2018-06-01 interface the runtime interface client
 * speaks): {@code GET .../invocation/next} hands out events one at a time, {@code POST
 * .../invocation/{id}/response} receives the answers. When an answer arrives it notes the
 * time and, for cold-start runs, the process's CPU time and peak memory before replying,
 * so what is measured ends exactly when the answer reaches the Runtime API.
 */
final class RuntimeApi implements AutoCloseable {
    private static final String PREFIX = "/2018-06-01/runtime/";

    /** One answered invocation: how long it took from hand-out to answer, what came back, and the process then. */
    record Answer(int index, long answeredNanos, long latencyNanos, String body, ProcStats process) {
        /** When the event was handed out ({@link System#nanoTime}). */
        long handedOutNanos() {
            return answeredNanos - latencyNanos;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "runtime-api");
        t.setDaemon(true);
        return t;
    });
    private final IntFunction<byte[]> events;
    private final int count;
    private final boolean sampleProcess;
    private final AtomicInteger handedOut = new AtomicInteger();
    private final Map<String, long[]> pending = new ConcurrentHashMap<>();
    private final List<Answer> answers = new ArrayList<>();
    private final CompletableFuture<List<Answer>> done = new CompletableFuture<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final CountDownLatch gate;
    private volatile long pid = -1;
    private volatile long firstNextNanos;
    private final java.util.concurrent.atomic.AtomicLong runtimesAtGate;
    private volatile long firstHandOut;

    private RuntimeApi(HttpServer server, IntFunction<byte[]> events, int count, boolean sampleProcess, int runtimes) {
        this.server = server;
        this.gate = new CountDownLatch(runtimes);
        this.runtimesAtGate = new java.util.concurrent.atomic.AtomicLong();
        this.events = events;
        this.count = count;
        this.sampleProcess = sampleProcess;
    }

    /** Serves {@code count} events ({@code events.apply(i)} is built when invocation i is asked for) to one runtime. */
    static RuntimeApi start(IntFunction<byte[]> events, int count, boolean sampleProcess) throws IOException {
        return start(events, count, sampleProcess, 1);
    }

    /** As above, for several runtimes at once: no event is handed out before all of them have asked for one. */
    static RuntimeApi start(IntFunction<byte[]> events, int count, boolean sampleProcess, int runtimes) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        RuntimeApi api = new RuntimeApi(server, events, count, sampleProcess, runtimes);
        server.setExecutor(api.executor);
        server.createContext(PREFIX, api::route);
        server.start();
        return api;
    }

    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    void watch(long processId) {
        this.pid = processId;
    }

    /** When the runtime first asked for an event: the end of its init phase. */
    /** How many runtimes have asked for their first event (and wait at the gate). */
    long runtimesWaiting() {
        return runtimesAtGate.get();
    }

    /** How many invocations have been answered so far. */
    int answered() {
        synchronized (answers) {
            return answers.size();
        }
    }

    long firstNextNanos() {
        return firstNextNanos;
    }

    /** When the first event was handed out (after the gate opened). */
    long firstHandOutNanos() {
        return firstHandOut;
    }

    List<Answer> await(Duration timeout) throws TimeoutException {
        try {
            return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void fail(String why) {
        done.completeExceptionally(new IllegalStateException(why));
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
        try {
            if (path.equals("invocation/next")) {
                next(exchange);
            } else if (path.startsWith("invocation/") && path.endsWith("/response")) {
                response(exchange, path.substring("invocation/".length(), path.length() - "/response".length()));
            } else if (path.startsWith("invocation/") && path.endsWith("/error")) {
                String body = body(exchange);
                reply(exchange, 202, "{}");
                fail("the handler failed: " + body);
            } else if (path.equals("init/error")) {
                String body = body(exchange);
                reply(exchange, 202, "{}");
                fail("the function failed to initialise: " + body);
            } else {
                reply(exchange, 404, "{\"errorMessage\":\"not in this Runtime API: " + path + "\"}");
            }
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
            reply(exchange, 500, "{}");
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        long now = System.nanoTime();
        if (firstNextNanos == 0) {
            firstNextNanos = now;
        }
        if (gate.getCount() > 0) {
            runtimesAtGate.incrementAndGet();
        }
        gate.countDown();
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        int index = handedOut.getAndIncrement();
        if (index >= count) {
            // Like Lambda: no more events means the runtime waits (until the benchmark stops it).
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        byte[] event = events.apply(index);
        String id = "bench-" + index;
        var headers = exchange.getResponseHeaders();
        headers.add("Content-Type", "application/json");
        headers.add("Lambda-Runtime-Aws-Request-Id", id);
        headers.add("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 10_000));
        headers.add("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:123456789012:function:touban-bench");
        headers.add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Parent=0000000000000000;Sampled=0");
        long handOut = System.nanoTime();
        if (index == 0) {
            firstHandOut = handOut;
        }
        pending.put(id, new long[] {index, handOut});
        exchange.sendResponseHeaders(200, event.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(event);
        }
    }

    private void response(HttpExchange exchange, String id) throws IOException {
        long now = System.nanoTime();
        ProcStats process = sampleProcess && pid > 0 ? ProcStats.read(pid) : null;
        String body = body(exchange);
        reply(exchange, 202, "{\"status\":\"OK\"}");
        long[] handed = pending.remove(id);
        if (handed == null) {
            fail("an answer for an invocation never handed out: " + id);
            return;
        }
        synchronized (answers) {
            answers.add(new Answer((int) handed[0], now, now - handed[1], body, process));
            if (answers.size() == count) {
                done.complete(List.copyOf(answers));
            }
        }
    }

    private static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
