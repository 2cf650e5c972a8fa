package dev.touban.domain.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.domain.heartbeat.Heartbeat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The {@code heartbeats} of a service in oncall.yaml: read, and every mistake named by its field. */
class HeartbeatConfigTest {
    private static final String EXAMPLE = read();
    private static final String HASH = RoutingKeys.EXAMPLE_HEARTBEAT_SHA256;

    private static String read() {
        try {
            return Files.readString(Path.of(System.getProperty("touban.repo.root"), "config/oncall.example.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theExampleWatchdog_isFoundByItsKey_onlyByItsKey() {
        OncallConfig config = ConfigLoader.parse("oncall.example.yaml", EXAMPLE);

        assertThat(config.heartbeats()).containsExactly(new Heartbeat("web", "watchdog", HASH, Duration.ofMinutes(5), Duration.ofMinutes(2)));
        assertThat(config.heartbeatByKey(RoutingKeys.EXAMPLE_HEARTBEAT_KEY)).map(Heartbeat::label).contains("web/watchdog");
        assertThat(config.heartbeatByKey(RoutingKeys.EXAMPLE_KEY)).as("a routing key is no heartbeat key").isEmpty();
        assertThat(config.serviceByRoutingKey(RoutingKeys.EXAMPLE_HEARTBEAT_KEY)).as("nor the other way round").isEmpty();
        assertThat(RoutingKeys.sha256Hex(RoutingKeys.EXAMPLE_HEARTBEAT_KEY)).isEqualTo(HASH);
    }

    @Test
    void graceDefaultsToOneMinute() {
        OncallConfig config = ConfigLoader.parse("oncall.yaml", EXAMPLE.replace("        graceMinutes: 2\n", ""));

        assertThat(config.heartbeats().get(0).grace()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aPlainKey_isRefused_withoutShowingIt() {
        assertProblem(EXAMPLE.replace("keySha256: " + HASH, "key: " + RoutingKeys.EXAMPLE_HEARTBEAT_KEY),
                "services[0].heartbeats[0].key", "only its SHA-256");
        assertProblem(EXAMPLE.replace("keySha256: " + HASH, "keySha256: " + RoutingKeys.EXAMPLE_HEARTBEAT_KEY),
                "services[0].heartbeats[0].keySha256", "is not a SHA-256 in hex");
    }

    @Test
    void aKeyAlsoUsedAsARoutingKey_isRefused() {
        assertProblem(EXAMPLE.replace("keySha256: " + HASH, "keySha256: " + RoutingKeys.EXAMPLE_SHA256),
                "services[0].heartbeats[0].keySha256", "already given to a service or heartbeat");
    }

    @Test
    void badNamesAndIntervals_areNamed() {
        assertProblem(EXAMPLE.replace("name: watchdog", "name: Watch Dog"), "services[0].heartbeats[0].name", "lower-case handle");
        assertProblem(EXAMPLE.replace("intervalMinutes: 5", "intervalMinutes: 0"), "services[0].heartbeats[0].intervalMinutes",
                "must be a whole number from 1");
        assertProblem(EXAMPLE.replace("graceMinutes: 2", "graceMinutes: -1"), "services[0].heartbeats[0].graceMinutes",
                "must be a whole number from 0");
        String twice = EXAMPLE.replace("        graceMinutes: 2\n", "        graceMinutes: 2\n      - name: watchdog\n        keySha256: "
                + RoutingKeys.sha256Hex("b".repeat(32)) + "\n        intervalMinutes: 1\n");
        assertProblem(twice, "services[0].heartbeats[1].name", "duplicate heartbeat 'watchdog'");
    }

    private static void assertProblem(String yaml, String field, String problem) {
        assertThatThrownBy(() -> ConfigLoader.parse("oncall.yaml", yaml))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.problem()).contains(problem);
                });
    }
}
