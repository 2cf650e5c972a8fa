package dev.touban.local;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real Prometheus Alertmanager (the Debian package {@code prometheus-alertmanager}) on a
 * free loopback port, without clustering, configured by the test. Missing, it fails the test
 * with the install line: it is never skipped.
 */
final class Alertmanager implements AutoCloseable {
    static final String INSTALL = "Alertmanager is missing: sudo apt-get install -y prometheus-alertmanager "
            + "(without sudo: apt-get download prometheus-alertmanager && dpkg -x prometheus-alertmanager_*.deb /tmp/am "
            + "and set ALERTMANAGER=/tmp/am/usr/bin/prometheus-alertmanager)";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final URI base;

    private Alertmanager(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /** Starts it with {@code configYaml} and waits (at most 30 s) until it answers ready. */
    static Alertmanager start(String configYaml, Path workDir) {
        String binary = binary();
        try {
            Files.createDirectories(workDir);
            Path config = workDir.resolve("alertmanager.yml");
            Files.writeString(config, configYaml);
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Process process = new ProcessBuilder(List.of(binary, "--config.file=" + config, "--storage.path=" + workDir.resolve("data"),
                    "--web.listen-address=127.0.0.1:" + port, "--cluster.listen-address=", "--log.level=warn"))
                    .redirectErrorStream(true).redirectOutput(workDir.resolve("alertmanager.log").toFile()).start();
            Alertmanager am = new Alertmanager(process, URI.create("http://127.0.0.1:" + port));
            am.awaitReady(workDir);
            return am;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Posts alerts (a JSON array) to API v2, as Prometheus does. */
    void post(String alertsJson) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/v2/alerts"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(alertsJson)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Alertmanager refused the alerts: " + answer.statusCode() + " " + answer.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops it and waits for the process to end, so no notification is in flight afterwards. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady(Path workDir) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("Alertmanager exited: " + Files.readString(workDir.resolve("alertmanager.log")));
            }
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(base.resolve("/-/ready")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            LocalPolling.pause();
        }
        close();
        fail("Alertmanager did not become ready within 30 s: " + Files.readString(workDir.resolve("alertmanager.log")));
    }

    private static String binary() {
        String given = System.getenv("ALERTMANAGER");
        if (given != null && !given.isBlank()) {
            if (new File(given).canExecute()) {
                return given;
            }
            fail("ALERTMANAGER=" + given + " is not an executable. " + INSTALL);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("prometheus-alertmanager", "alertmanager")) {
                File f = new File(dir, name);
                if (f.canExecute()) {
                    return f.getPath();
                }
            }
        }
        return fail(INSTALL);
    }
}
