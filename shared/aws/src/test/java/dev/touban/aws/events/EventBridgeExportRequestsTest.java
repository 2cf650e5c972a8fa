package dev.touban.aws.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.domain.export.ExportRequest;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

@ExtendWith(EmulatorExtension.class)
class EventBridgeExportRequestsTest {

    @Test
    void submit_putsAnExportRequestedEvent_thatTheTemplatesRulePatternMatches(Emulated aws) throws Exception {
        AwsClients clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        EventBridgeClient events = clients.configure(EventBridgeClient.builder()).build();
        SqsClient sqs = clients.configure(SqsClient.builder()).build();
        String queueUrl = sqs.createQueue(q -> q.queueName("export-requests")).queueUrl();
        String queueArn = sqs.getQueueAttributes(a -> a.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        // The same pattern as the SpreadsheetSyncFunction's ExportRequested rule in template.yaml.
        events.putRule(r -> r.name("export-requested").eventPattern("{\"source\":[\"touban.slack\"],\"detail-type\":[\"Export requested\"]}"));
        events.putTargets(t -> t.rule("export-requested").targets(x -> x.id("queue").arn(queueArn)));

        new EventBridgeExportRequests(events, "default").submit(new ExportRequest("sre", YearMonth.of(2026, 11), "alice",
                "https://hooks.slack.com/commands/T0TOUBAN/1/abc", "slack-command:abc"));

        List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(5)).messages();
        assertThat(messages).hasSize(1);
        Map<String, Object> event = JSON.std.mapFrom(messages.getFirst().body());
        assertThat(event).containsEntry("source", "touban.slack").containsEntry("detail-type", "Export requested");
        assertThat(event.get("detail")).isEqualTo(Map.of("teamId", "sre", "month", "2026-11", "requestedBy", "alice",
                "responseUrl", "https://hooks.slack.com/commands/T0TOUBAN/1/abc", "requestId", "slack-command:abc"));
    }
}
