package dev.touban.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LocalRunnerStopTest {

    @Test
    void stop_closesThePort_andLeavesNoThreadRunning() throws Exception {
        Set<Thread> before = liveNonDaemonThreads();
        LocalRunner runner = LocalRunner.start(Map.of("TOUBAN_PORT", "0"));
        URI health = URI.create("http://127.0.0.1:" + runner.port() + "/healthz");
        assertThat(status(health)).isEqualTo(200);

        runner.stop();

        Set<Thread> left = liveNonDaemonThreads();
        left.removeAll(before);
        for (Thread t : left) {
            t.join(10_000);
        }
        assertThat(left).filteredOn(Thread::isAlive).extracting(Thread::getName).isEmpty();
        assertThat(connects(health)).isFalse();
    }

    private static Set<Thread> liveNonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !t.isDaemon()).collect(Collectors.toSet());
    }

    private static int status(URI uri) throws IOException {
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        try {
            return c.getResponseCode();
        } finally {
            c.disconnect();
        }
    }

    private static boolean connects(URI uri) throws IOException {
        try {
            status(uri);
            return true;
        } catch (ConnectException refused) {
            return false;
        }
    }
}
