package dev.touban.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A {@code moto_server} process on a free loopback port. Fails with the install line when
 * moto is not installed; never skips. AWS clients reach it through a {@link LoopbackProxy} that
 * serves requests one at a time, which gives moto DynamoDB's per-request atomicity.
 */
public final class MotoServer implements AwsEmulator {
    public static final String INSTALL = "pip install \"moto[server]\"";
    private static final Duration STARTUP = Duration.ofSeconds(30);

    private final Process process;
    private final URI direct;
    private final Path log;
    private LoopbackProxy gate;

    private MotoServer(Process process, URI direct, Path log) {
        this.process = process;
        this.direct = direct;
        this.log = log;
    }

    public static MotoServer start() {
        String executable = findExecutable();
        int port = freePort();
        try {
            Path log = Files.createTempFile("moto-server", ".log");
            Process process = new ProcessBuilder(executable, "-H", "127.0.0.1", "-p", Integer.toString(port))
                    .redirectErrorStream(true)
                    .start();
            MotoServer server = new MotoServer(process, URI.create("http://127.0.0.1:" + port), log);
            server.awaitReady();
            server.gate = LoopbackProxy.to(server.direct).name("moto-gate").oneAtATime().start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + executable + ": " + e.getMessage() + ". Install moto with: " + INSTALL, e);
        }
    }

    @Override
    public URI endpoint() {
        return gate.endpoint();
    }

    @Override
    public void reset() {
        post("/moto-api/reset");
    }

    /** Hands every request moto serves, with its answer, to {@code observer} (one at a time, in order). */
    public void observe(Consumer<AwsExchange> observer) {
        gate.observe(observer);
    }

    /** moto's record of everything it holds, including SMS and topic messages SNS "sent". */
    public String dataJson() {
        return get("/moto-api/data.json");
    }

    /**
     * moto itself, bypassing the gate: for requests whose signature moto checks (with IAM
     * enforcement on), since the gate's forwarded Host header is not the one the client signed.
     */
    public URI directEndpoint() {
        return direct;
    }

    @Override
    public void close() {
        if (gate != null) {
            gate.close();
        }
        process.destroy();
    }

    /** Copies the server's output to its log and returns once it says it is listening. */
    private void awaitReady() {
        CompletableFuture<Void> listening = new CompletableFuture<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    Files.writeString(log, line + System.lineSeparator(), StandardOpenOption.APPEND);
                    if (line.contains("Running on")) {
                        listening.complete(null);
                    }
                }
                listening.completeExceptionally(new IllegalStateException("moto_server exited: " + tail()));
            } catch (IOException e) {
                listening.completeExceptionally(e);
            }
        }, "moto-server-output");
        pump.setDaemon(true);
        pump.start();
        try {
            listening.get(STARTUP.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            close();
            throw new IllegalStateException("moto_server did not start within " + STARTUP + ": " + tail());
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage() + ". Install moto with: " + INSTALL, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        get("/moto-api/data.json");
    }

    private String tail() {
        try {
            String text = Files.readString(log);
            return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private String get(String path) {
        return call("GET", path);
    }

    private String post(String path) {
        return call("POST", path);
    }

    private String call(String method, String path) {
        try {
            HttpURLConnection c = (HttpURLConnection) direct.resolve(path).toURL().openConnection();
            c.setRequestMethod(method);
            c.setConnectTimeout(2000);
            c.setReadTimeout(10000);
            if (method.equals("POST")) {
                c.setDoOutput(true);
                c.getOutputStream().close();
            }
            int status = c.getResponseCode();
            String body = new String((status < 400 ? c.getInputStream() : c.getErrorStream()).readAllBytes(), StandardCharsets.UTF_8);
            if (status >= 400) {
                throw new IllegalStateException(method + " " + path + " answered " + status + ": " + body);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String findExecutable() {
        String override = System.getenv("MOTO_SERVER");
        if (override != null && !override.isBlank()) {
            return override;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "moto_server");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException("moto_server is not on the PATH; the tests and the local runner need it. Install it with: "
                + INSTALL + " (python 3.9+)");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
