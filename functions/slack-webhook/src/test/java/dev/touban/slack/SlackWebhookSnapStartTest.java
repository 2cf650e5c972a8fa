package dev.touban.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MutableClock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@ExtendWith(EmulatorExtension.class)
class SlackWebhookSnapStartTest {
    private static final Instant NOW = Instant.parse("2026-11-28T01:00:00Z");

    @Test
    void beforeCheckpoint_primesEveryStep_andWritesNothing(Emulated aws) {
        SlackWebhookHandler handler = new SlackWebhookHandler(env(aws, aws.tableName()), new MutableClock(NOW));

        handler.snapStart().beforeCheckpoint(null);

        assertThat(handler.snapStart().report())
                .hasSize(4)
                .allSatisfy(line -> assertThat(line).startsWith("primed "))
                .anySatisfy(line -> assertThat(line).contains("help"))
                .anySatisfy(line -> assertThat(line).contains("GetItem"))
                .anySatisfy(line -> assertThat(line).contains("condition check"));
        try (DynamoDbClient dynamo = aws.dynamo()) {
            assertThat(dynamo.scan(r -> r.tableName(aws.tableName())).items()).isEmpty();
        }
    }

    @Test
    void beforeCheckpoint_whenDynamoDbFails_reportsThoseSteps_andStillPrimesTheCommands(Emulated aws) {
        SlackWebhookHandler handler = new SlackWebhookHandler(env(aws, "no-such-table"), new MutableClock(NOW));

        handler.snapStart().beforeCheckpoint(null);

        assertThat(handler.snapStart().report()).hasSize(4);
        assertThat(handler.snapStart().report().get(0)).startsWith("primed signed /oncall help");
        // who reads the overrides, so it needs the table as much as the dry DynamoDB calls do
        assertThat(handler.snapStart().report().get(1)).startsWith("priming signed /oncall who failed");
        assertThat(handler.snapStart().report().subList(2, 4)).allSatisfy(line -> assertThat(line).startsWith("priming DynamoDB")
                .contains("failed"));
    }

    @Test
    void afterRestore_refreshesCredentials_andTheHandlerStillAnswers(Emulated aws) throws Exception {
        MutableClock clock = new MutableClock(NOW);
        SlackWebhookHandler handler = new SlackWebhookHandler(env(aws, aws.tableName()), clock);
        handler.snapStart().beforeCheckpoint(null);
        clock.set(NOW.plusSeconds(3 * 24 * 3600));

        handler.snapStart().afterRestore(null);

        assertThat(handler.snapStart().report()).last().isEqualTo("refreshed AWS credentials");
        handler.snapStart().beforeCheckpoint(null);
        assertThat(handler.snapStart().report().subList(5, 9)).allSatisfy(line -> assertThat(line).startsWith("primed "));
    }

    private static Map<String, String> env(Emulated aws, String table) {
        return Map.of(
                "TOUBAN_AWS_ENDPOINT", aws.endpoint().toString(),
                "AWS_REGION", aws.region().id(),
                "TABLE_NAME", table,
                "SLACK_SIGNING_SECRET", "touban-test-signing-secret",
                "TOUBAN_CONFIG", "oncall.example.yaml");
    }
}
