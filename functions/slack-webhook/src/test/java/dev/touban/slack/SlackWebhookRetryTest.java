package dev.touban.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.slack.WebhookHarness.Answer;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.SlackRequests;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Slack redelivers a command it thinks timed out (X-Slack-Retry-Num): nothing is recorded twice. */
@ExtendWith(EmulatorExtension.class)
class SlackWebhookRetryTest {
    private WebhookHarness webhook;

    @BeforeEach
    void setUp(Emulated aws) {
        webhook = new WebhookHarness(aws);
    }

    @Test
    void retriedHello_recordsNothingNew_andAnswersTheFirstAnswer() {
        Answer first = webhook.send("slack-command-hello.json");
        var before = webhook.items();
        webhook.clock.advance(Duration.ofSeconds(3));

        // The retry carries Slack's retry headers, the same body, and API Gateway's base64 encoding.
        Answer retry = webhook.send("slack-command-hello-retry.json");

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.text()).isEqualTo(first.text());
        assertThat(webhook.items()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void retryEvent_isTheSameCommandAsTheOriginal() {
        assertThat(SlackRequests.body(SlackRequests.event("slack-command-hello-retry.json")))
                .isEqualTo(SlackRequests.body(SlackRequests.event("slack-command-hello.json")));
    }

    @Test
    void retriedHello_afterBye_replaysTheHelloAndOpensNothing() {
        Answer hello = webhook.send("slack-command-hello.json");
        webhook.clock.advance(Duration.ofHours(2));
        webhook.send("slack-command-bye.json");
        var before = webhook.items();
        webhook.clock.advance(Duration.ofSeconds(30));

        Answer late = webhook.send("slack-command-hello-retry.json");

        assertThat(late.text()).isEqualTo(hello.text());
        assertThat(webhook.items()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(webhook.items("CHECKIN")).isEmpty();
    }

    @Test
    void retriedBye_recordsNothingNew_andAnswersTheFirstAnswer() {
        webhook.send("slack-command-hello.json");
        webhook.clock.advance(Duration.ofHours(3));
        Answer first = webhook.send("slack-command-bye.json");
        var before = webhook.items();
        webhook.clock.advance(Duration.ofMinutes(1));

        String retry = SlackRequests.withHeader(SlackRequests.withHeader(
                webhook.slack.signedEvent("slack-command-bye.json", webhook.clock.instant()),
                "X-Slack-Retry-Num", "2"), "X-Slack-Retry-Reason", "http_error");
        Answer second = webhook.invoke(retry);

        assertThat(second.text()).isEqualTo(first.text()).contains("after 3h 0m");
        assertThat(webhook.items()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(webhook.items("ATTENDANCE")).hasSize(1);
    }

    @Test
    void simultaneousDeliveriesOfOneHello_recordOnce_andAllGetTheSameAnswer() throws Exception {
        String event = webhook.slack.signedEvent("slack-command-hello.json", webhook.clock.instant());
        int n = 10;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Answer> answers = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String delivery = SlackRequests.withHeader(event, "X-Slack-Retry-Num", Integer.toString(i));
                futures.add(pool.submit(() -> {
                    go.await();
                    return webhook.invoke(delivery);
                }));
            }
            go.countDown();
            for (Future<Answer> f : futures) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).extracting(Answer::text).containsOnly(answers.getFirst().text());
        assertThat(answers.getFirst().text()).startsWith(":wave: Clocked in for SRE");
        assertThat(webhook.items("CHECKIN")).hasSize(1);
        assertThat(webhook.items("REQUEST")).hasSize(1);
    }
}
