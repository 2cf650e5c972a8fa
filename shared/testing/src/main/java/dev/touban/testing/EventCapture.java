package dev.touban.testing;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Catches what is put on an EventBridge bus of the emulator: creates the bus (unless it is
 * the default one), a rule matching every Touban event and an SQS queue as its target.
 * {@link #drain()} returns the events delivered since the last call, oldest first.
 */
public final class EventCapture {
    private final SqsClient sqs;
    private final String queueUrl;

    private EventCapture(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    public static EventCapture on(URI endpoint, Region region, String busName, String source) {
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        EventBridgeClient events = EventBridgeClient.builder().endpointOverride(endpoint).region(region)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
        SqsClient sqs = SqsClient.builder().endpointOverride(endpoint).region(region)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
        if (!"default".equals(busName) && events.listEventBuses(r -> r.namePrefix(busName)).eventBuses().stream()
                .noneMatch(b -> b.name().equals(busName))) {
            events.createEventBus(r -> r.name(busName));
        }
        String queueUrl = sqs.createQueue(r -> r.queueName("captured-" + busName)).queueUrl();
        String queueArn = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        events.putRule(r -> r.name("capture-" + source).eventBusName(busName).eventPattern("{\"source\":[\"" + source + "\"]}"));
        events.putTargets(r -> r.rule("capture-" + source).eventBusName(busName).targets(t -> t.id("queue").arn(queueArn)));
        return new EventCapture(sqs, queueUrl);
    }

    /** The events (EventBridge envelopes: source, detail-type, detail ...) delivered since the last drain. */
    public List<Map<String, Object>> drain() {
        List<Map<String, Object>> events = new ArrayList<>();
        while (true) {
            List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(0)).messages();
            if (messages.isEmpty()) {
                return events;
            }
            for (Message m : messages) {
                try {
                    events.add(JSON.std.mapFrom(m.body()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
            }
        }
    }
}
