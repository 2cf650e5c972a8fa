package dev.touban.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.testing.AwsEmulator;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MotoServer;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A seeded chaos run: the clean run delivers what the policy and the acknowledgements call for,
 * the faulted one is counted against it. No page is lost: a failed step is retried, a page left
 * pending is resumed by the sweep. A page may repeat only where the README allows it (a crash
 * between the provider's accept and the mark): the proxy injects provider faults before
 * forwarding, so a provider fault never causes a repeat; only a DynamoDB fault on the mark after
 * an accept can, so repeats are bounded by the DynamoDB faults injected. Nothing is paged after
 * an acknowledgement, in either run.
 */
@ExtendWith(EmulatorExtension.class)
class ChaosRunTest {
    static final int INCIDENTS = 200;
    static final long SEED = 4;

    @Test
    void aSeededRun_losesNoDelivery_repeatsNoMoreThanTheDynamoFaultsAllow_andPagesNobodyAfterAnAck(Emulated aws) throws IOException {
        ChaosRun.Figures figures;
        try (MotoServer second = MotoServer.start()) {
            figures = ChaosRun.run(INCIDENTS, SEED, ChaosRun.BATCH, List.of(fresh(aws.emulator(), aws.endpoint()), fresh(second, second.endpoint())),
                    System.out::println);
        }
        System.out.println(figures.table());

        assertThat(figures.incidents()).isEqualTo(INCIDENTS);
        assertThat(figures.injected()).isNotEmpty();
        assertThat(figures.acknowledged()).as("acknowledged at random minutes").isBetween(INCIDENTS / 2, INCIDENTS - 1);
        assertThat(figures.ackedBy()).as("by each means").containsKeys("sms_reply", "ack_link", "slack_command", "events_api");
        assertThat(figures.expected()).as("an acknowledged incident stops early").isLessThan(INCIDENTS * 16L).isGreaterThan(INCIDENTS * 2L);
        assertThat(figures.sent()).isEqualTo(figures.expected() - figures.lost() - figures.cancelledByAck() - figures.gaveUp()
                + figures.duplicated());
        assertThat(figures.lost()).as("no page lost: every page missing is one the log shows cancelled by the ack or given up").isZero();
        assertThat(figures.duplicated()).as("repeats only after an accepted page whose mark met a DynamoDB fault")
                .isLessThanOrEqualTo(figures.injectedOn("dynamodb"));
        assertThat(figures.pagesAfterAck()).as("nothing paged after an acknowledgement").isZero();
        assertThat(figures.cancelledByAck()).as("only pages the faults left pending when the ack came").isLessThan(figures.expected() / 10);
    }

    @Test
    void aDeliveryIsOnePagePerIncidentKindAndRecipient_andBoardPostsAreNotPages() {
        List<Map<String, Object>> outbox = List.of(
                entry("sms", Map.of("to", "+819012345678", "text", "Touban #1 CRITICAL: chaos-1 disk full Reply ACK 1 7Q3F")),
                entry("sms", Map.of("to", "+819012345678", "text", "Touban #1 CRITICAL: chaos-1 disk full Reply ACK 1 7Q3F")),
                entry("voice:SendVoiceMessage", Map.of("DestinationPhoneNumber", "+819034567890", "MessageBody", "Incident 2, critical: chaos-2 disk full")),
                entry("slack:chat.postMessage", Map.of("channel", "DU01ALICE", "text", "#1 CRITICAL: chaos-1 disk full")),
                entry("slack:chat.postMessage", Map.of("channel", "C0ONCALL", "text", "#1 CRITICAL: chaos-1 disk full")),
                entry("sns:publish", Map.of("topicArn", "arn:pages", "subject", "Touban #1 [critical] chaos-1 disk full", "message", "")),
                entry("fault", Map.of("service", "slack", "operation", "chat.postMessage", "fault", "fail")));

        assertThat(ChaosRun.count(outbox)).isEqualTo(Map.of(
                "1|sms|+819012345678", 2L,
                "2|voice:SendVoiceMessage|+819034567890", 1L,
                "1|slack:chat.postMessage|DU01ALICE", 1L,
                "1|sns:publish|arn:pages", 1L));
    }

    /** A fresh emulator for each runner: the worker that owns {@code emulator} resets it before each start. */
    private static Supplier<Map<String, String>> fresh(AwsEmulator emulator, URI endpoint) {
        return () -> {
            emulator.reset();
            return Map.of("TOUBAN_AWS_ENDPOINT", endpoint.toString());
        };
    }

    private static Map<String, Object> entry(String kind, Map<String, Object> message) {
        return Map.of("kind", kind, "message", message);
    }
}
