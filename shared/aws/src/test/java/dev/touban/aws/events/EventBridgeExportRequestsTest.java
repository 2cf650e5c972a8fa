package dev.touban.aws.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoExportRequests;
import dev.touban.aws.dynamo.TableKeys;
import dev.touban.domain.export.ExportRequest;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
    private static final Instant NOW = Instant.parse("2026-12-01T00:05:00Z");

    @Test
    void submit_recordsTheRequest_andPutsAnEventNamingOnlyItsId_thatTheTemplatesRulePatternMatches(Emulated aws) throws Exception {
        AwsClients clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        EventBridgeClient events = clients.configure(EventBridgeClient.builder()).build();
        SqsClient sqs = clients.configure(SqsClient.builder()).build();
        String queueUrl = sqs.createQueue(q -> q.queueName("export-requests")).queueUrl();
        String queueArn = sqs.getQueueAttributes(a -> a.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        // The same pattern as the SpreadsheetSyncFunction's ExportRequested rule in template.yaml.
        events.createEventBus(b -> b.name("touban-own"));
        events.putRule(r -> r.name("export-requested").eventBusName("touban-own").eventPattern("{\"source\":[\"touban.slack\"],\"detail-type\":[\"Export requested\"]}"));
        events.putTargets(t -> t.rule("export-requested").eventBusName("touban-own").targets(x -> x.id("queue").arn(queueArn)));
        DynamoExportRequests records = new DynamoExportRequests(clients::dynamoDb, aws.tableName());
        ExportRequest request = new ExportRequest("sre", YearMonth.of(2026, 11), "alice",
                "https://hooks.slack.com/commands/T0TOUBAN/1/abc", "slack-command:abc");

        new EventBridgeExportRequests(events, "touban-own", records, Clock.fixed(NOW, ZoneOffset.UTC)).submit(request);

        List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(5)).messages();
        assertThat(messages).hasSize(1);
        Map<String, Object> event = JSON.std.mapFrom(messages.getFirst().body());
        assertThat(event).containsEntry("source", "touban.slack").containsEntry("detail-type", "Export requested");
        assertThat(event.get("detail")).isEqualTo(Map.of("requestId", "slack-command:abc"));
        assertThat(records.find("slack-command:abc")).contains(request);
    }

    @Test
    void records_keepTheFirstRequestUnderAnId_andKnowNoOther(Emulated aws) {
        AwsClients clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        DynamoExportRequests records = new DynamoExportRequests(clients::dynamoDb, aws.tableName());
        ExportRequest first = new ExportRequest("sre", YearMonth.of(2026, 11), "alice", "https://hooks.slack.com/commands/T0/1/a", "r1");

        records.record(first, NOW);
        records.record(new ExportRequest("web", YearMonth.of(2026, 10), "bob", "https://hooks.slack.com/commands/T0/1/b", "r1"), NOW);

        assertThat(records.find("r1")).contains(first);
        assertThat(records.find("r2")).isEmpty();
        assertThat(clients.dynamoDb().getItem(g -> g.tableName(aws.tableName()).key(TableKeys.exportRequest("r1"))).item()
                .get(TableKeys.TTL).n()).isEqualTo(Long.toString(NOW.plus(Duration.ofDays(1)).getEpochSecond()));
    }
}
