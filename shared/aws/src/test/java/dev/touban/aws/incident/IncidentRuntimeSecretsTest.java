package dev.touban.aws.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.secrets.Secrets;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.testing.RepoFiles;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

/** When the incident runtime reads its secrets: on first use, once; a function that never uses one never reads it. */
class IncidentRuntimeSecretsTest {
    private static final Map<String, String> ENV = Map.of("TABLE_NAME", "touban",
            "SLACK_BOT_TOKEN_PARAM", "/touban/slack/bot-token", "ACK_LINK_KEY_PARAM", "/touban/ack-link-key");

    static final class Counted implements Secrets {
        final List<String> reads = new CopyOnWriteArrayList<>();

        @Override
        public String get(String name) {
            reads.add(name);
            return "value of " + name;
        }
    }

    @Test
    void aSecret_isReadWhenFirstUsed_andOnlyOnce() {
        Counted secrets = new Counted();

        IncidentRuntime runtime = builder().secrets(secrets).build();

        assertThat(secrets.reads).isEmpty();
        runtime.ackLinks();
        runtime.ackLinks();
        assertThat(secrets.reads).containsExactly("/touban/ack-link-key");
    }

    private static IncidentRuntime.Builder builder() {
        AwsClients aws = new AwsClients(AwsSettings.emulator(URI.create("http://127.0.0.1:1"), Region.US_EAST_1));
        return IncidentRuntime.builder(ENV, aws, Clock.systemUTC())
                .config(ConfigLoader.fromFile(RepoFiles.path("config/oncall.example.yaml")));
    }
}
