package dev.touban.handoff;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoAttendanceStore;
import dev.touban.aws.dynamo.DynamoHandoffLedger;
import dev.touban.aws.dynamo.DynamoScheduleChangeStore;
import dev.touban.aws.notify.EventBus;
import dev.touban.aws.slack.SlackWebApi;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.handoff.HandoffLedger;
import dev.touban.domain.handoff.ShiftRef;
import dev.touban.domain.incident.IncidentHistory;
import dev.touban.domain.rotation.EffectiveOnCall;
import dev.touban.testing.Emulated;
import dev.touban.testing.EventCapture;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.SnsNotifications;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The handoff function's world for a test: DynamoDB, SNS and EventBridge on the emulator (a
 * topic and a bus with everything on it captured), Slack on a {@link SlackRecorder}. Builds
 * handlers as Lambda would (one per instance) and invokes them with raw event text.
 */
final class HandoffFixture implements AutoCloseable {
    static final String BUS = "touban";

    final Emulated aws;
    final AwsClients clients;
    final SlackRecorder slack = new SlackRecorder();
    final String topicArn;
    private final SnsClient sns;
    private final EventBridgeClient eventBridge;
    final EventCapture events;
    /** How many times handlers of this fixture read the ledger's state of shifts on duty (each one batch read). */
    final AtomicInteger ledgerReads = new AtomicInteger();

    HandoffFixture(Emulated aws) {
        this.aws = aws;
        clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        sns = clients.configure(SnsClient.builder()).build();
        eventBridge = clients.configure(EventBridgeClient.builder()).build();
        topicArn = sns.createTopic(r -> r.name("touban-handoff")).topicArn();
        events = EventCapture.on(aws.endpoint(), aws.region(), BUS, "touban");
    }

    /**
     * A fresh function instance (a cold start: nothing remembered) for {@code config}, publishing
     * to {@code topic}. The SDK clients are shared between instances: building them is slow and
     * holds no state the handoff depends on.
     */
    RotationHandoffHandler handler(OncallConfig config, Clock clock, String topic) {
        return handler(config, clock, topic, null);
    }

    /** As the deployment wires it, with the maintenance windows of the table shown on handoff posts. */
    RotationHandoffHandler handlerShowingMaintenance(OncallConfig config, Clock clock) {
        return handler(config, clock, topicArn, new dev.touban.domain.maintenance.Maintenance(config,
                new dev.touban.aws.dynamo.DynamoMaintenanceStore(clients::dynamoDb, aws.tableName())));
    }

    private RotationHandoffHandler handler(OncallConfig config, Clock clock, String topic, dev.touban.domain.maintenance.Maintenance maintenance) {
        RotationHandoff handoff = new RotationHandoff(config,
                new EffectiveOnCall(new DynamoScheduleChangeStore(clients.dynamoDb(), aws.tableName())),
                new CountedLedger(new DynamoHandoffLedger(clients.dynamoDb(), aws.tableName())),
                new DynamoAttendanceStore(clients.dynamoDb(), aws.tableName()),
                IncidentHistory.none(),
                new SlackWebApi(slack.base(), "xoxb-test"),
                new SnsTopic(sns, topic),
                new EventBus(eventBridge, BUS), maintenance);
        return new RotationHandoffHandler(handoff, clock);
    }

    RotationHandoffHandler handler(OncallConfig config, Clock clock) {
        return handler(config, clock, topicArn);
    }

    /** Invokes with events/{name} when it names a sample event, else with the text itself. */
    static Map<String, Object> invoke(RotationHandoffHandler handler, String sampleOrBody) {
        String body = sampleOrBody.endsWith(".json") ? RepoFiles.read("events/" + sampleOrBody) : sampleOrBody;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), out, null);
            return JSON.std.mapFrom(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything published on the handoff topic, in order. */
    List<Map<String, Object>> published() {
        return SnsNotifications.from(aws.moto().orElseThrow().dataJson());
    }

    /** Every item of the table. */
    List<Map<String, AttributeValue>> items() {
        return aws.dynamo().scan(r -> r.tableName(aws.tableName())).items();
    }

    /** The ledger's items, one per shift handed off or being handed off. */
    List<Map<String, AttributeValue>> handoffItems() {
        return items().stream().filter(i -> i.containsKey("type") && i.get("type").s().equals("HANDOFF")).toList();
    }

    @Override
    public void close() {
        slack.close();
        sns.close();
        eventBridge.close();
    }

    /** The real ledger, counting its batch reads. */
    private final class CountedLedger implements HandoffLedger {
        private final HandoffLedger ledger;

        CountedLedger(HandoffLedger ledger) {
            this.ledger = ledger;
        }

        @Override
        public Map<ShiftRef, State> recorded(Collection<ShiftRef> shifts) {
            ledgerReads.incrementAndGet();
            return ledger.recorded(shifts);
        }

        @Override
        public Claim claim(ShiftRecord record, Instant now, Instant leaseUntil) {
            return ledger.claim(record, now, leaseUntil);
        }

        @Override
        public void stepDone(ShiftRef shift, String step, String outcome) {
            ledger.stepDone(shift, step, outcome);
        }

        @Override
        public void stepFailed(ShiftRef shift, String step, String reason) {
            ledger.stepFailed(shift, step, reason);
        }

        @Override
        public void complete(ShiftRef shift, Instant now) {
            ledger.complete(shift, now);
        }

        @Override
        public void release(ShiftRef shift, Instant now) {
            ledger.release(shift, now);
        }
    }
}
