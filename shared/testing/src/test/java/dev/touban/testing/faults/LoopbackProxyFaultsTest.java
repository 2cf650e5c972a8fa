package dev.touban.testing.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.testing.ApiRecorder;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.LoopbackProxy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2Client;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.ConflictException;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.PinpointSmsVoiceV2Exception;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.ThrottlingException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.SnsException;

/**
 * The fault proxy as the real clients see it: each fault kind raises, in AWS SDK v2 and in a plain
 * HTTP client talking to the Slack recorder, what the service raises in production; a faulted
 * call never reaches the emulator or recorder; shares hold over a seeded run and repeat with the
 * seed; only the operations named are hit; clearing stops the faults and keeps the tally.
 */
@ExtendWith(EmulatorExtension.class)
class LoopbackProxyFaultsTest {
    private final Faults faults = Faults.seeded(42);
    private final ApiRecorder recorder = ApiRecorder.start();
    private LoopbackProxy aws;
    private LoopbackProxy saas;
    private Emulated emulated;

    @BeforeEach
    void setUp(Emulated emulated) {
        this.emulated = emulated;
        aws = LoopbackProxy.to(emulated.endpoint()).faults(faults, null).start();
        saas = LoopbackProxy.to(recorder.voiceEndpoint()).faults(faults, "slack").start();
    }

    @AfterEach
    void tearDown() {
        aws.close();
        saas.close();
        recorder.close();
    }

    @Test
    void throttle_isProvisionedThroughputExceeded_andTheWriteNeverReachesTheTable() {
        faults.dynamodb().throttle(1.0);

        try (DynamoDbClient dynamo = client(DynamoDbClient.builder(), aws.endpoint()).build()) {
            assertThatThrownBy(() -> put(dynamo, "a")).isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.isThrottlingException()).isTrue();
            });
        }
        try (DynamoDbClient direct = emulated.dynamo()) {
            assertThat(direct.getItem(r -> r.tableName(emulated.tableName()).key(key("a"))).hasItem()).isFalse();
        }
        assertThat(faults.injected("dynamodb", FaultKind.THROTTLE)).isEqualTo(1);
    }

    @Test
    void conflict_onTransactWriteItems_isCancelledWithOneReasonPerItem_whilePutItemPasses() {
        faults.dynamodb().conflict(1.0).operations("TransactWriteItems");

        try (DynamoDbClient dynamo = client(DynamoDbClient.builder(), aws.endpoint()).build()) {
            assertThatThrownBy(() -> dynamo.transactWriteItems(r -> r.transactItems(write("a"), write("b"))))
                    .isInstanceOfSatisfying(TransactionCanceledException.class, e -> assertThat(e.cancellationReasons())
                            .extracting(CancellationReason::code).containsExactly("TransactionConflict", "None"));
            put(dynamo, "c");
            faults.dynamodb().operations("PutItem");
            assertThatThrownBy(() -> put(dynamo, "d")).isInstanceOf(TransactionConflictException.class);
        }
        try (DynamoDbClient direct = emulated.dynamo()) {
            assertThat(direct.scan(r -> r.tableName(emulated.tableName())).items()).extracting(i -> i.get("pk").s())
                    .containsExactly("c");
        }
    }

    @Test
    void fail_is500_reset_isAnIoError_delay_holdsTheCallPastTheClientsTimeout() {
        try (DynamoDbClient dynamo = client(DynamoDbClient.builder(), aws.endpoint()).build()) {
            faults.dynamodb().fail(1.0);
            assertThatThrownBy(() -> put(dynamo, "a")).isInstanceOfSatisfying(DynamoDbException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(500);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalServerError");
            });
            faults.dynamodb().clear();
            faults.dynamodb().reset(1.0);
            assertThatThrownBy(() -> put(dynamo, "b")).isInstanceOf(SdkClientException.class)
                    .hasRootCauseInstanceOf(IOException.class);
            faults.dynamodb().clear();
            faults.dynamodb().delay(1.0, Duration.ofSeconds(2));
        }
        try (DynamoDbClient impatient = client(DynamoDbClient.builder(), aws.endpoint())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()).apiCallAttemptTimeout(Duration.ofMillis(300)))
                .build()) {
            assertThatThrownBy(() -> put(impatient, "c")).isInstanceOf(ApiCallAttemptTimeoutException.class);
        }
        assertThat(faults.tally()).isEqualTo(Map.of("dynamodb", Map.of("fail", 1L, "reset", 1L, "delay", 1L)));
    }

    @Test
    void snsThrottle_isTheQueryProtocolsThrottlingError_andSchedulerThrottle_isA429ThrottlingException() {
        faults.service("sns").throttle(1.0).operations("Publish");
        faults.service("scheduler").throttle(1.0);

        try (SnsClient sns = client(SnsClient.builder(), aws.endpoint()).build();
                SchedulerClient scheduler = client(SchedulerClient.builder(), aws.endpoint()).build()) {
            String topic = sns.createTopic(r -> r.name("pages")).topicArn();
            assertThatThrownBy(() -> sns.publish(r -> r.topicArn(topic).message("hi"))).isInstanceOfSatisfying(SnsException.class, e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("Throttling");
                assertThat(e.isThrottlingException()).isTrue();
            });
            assertThatThrownBy(() -> scheduler.createScheduleGroup(r -> r.name("g"))).isInstanceOfSatisfying(ThrottlingException.class,
                    e -> assertThat(e.statusCode()).isEqualTo(429));
        }
        assertThat(faults.injections()).extracting(Faults.Injection::service, Faults.Injection::operation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sns", "Publish"),
                        org.assertj.core.groups.Tuple.tuple("scheduler", "/schedule-groups/g"));
    }

    @Test
    void smsRefuse_isAnOptedOutConflict_voiceDown_is500_andNeitherReachesTheRecorder() {
        faults.sms().refuse();
        faults.voice().down();

        try (PinpointSmsVoiceV2Client smsVoice = client(PinpointSmsVoiceV2Client.builder(), saas.endpoint()).build()) {
            assertThatThrownBy(() -> smsVoice.sendTextMessage(r -> r.destinationPhoneNumber("+819012345678").messageBody("page")))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reasonAsString()).isEqualTo("DESTINATION_PHONE_NUMBER_OPTED_OUT"));
            assertThatThrownBy(() -> smsVoice.sendVoiceMessage(r -> r.destinationPhoneNumber("+819012345678").messageBody("page")))
                    .isInstanceOfSatisfying(PinpointSmsVoiceV2Exception.class, e -> assertThat(e.statusCode()).isEqualTo(500));
            faults.clear();
            smsVoice.sendTextMessage(r -> r.destinationPhoneNumber("+819012345678").messageBody("page"));
        }
        assertThat(recorder.calls()).extracting(ApiRecorder.Call::operation).containsExactly("SendTextMessage");
        assertThat(faults.tally()).isEqualTo(Map.of("sms", Map.of("refuse", 1L), "voice", Map.of("fail", 1L)));
    }

    @Test
    void slackDown_is500_throttled_is429RateLimited_andAfterClearingThePostGoesThrough() throws Exception {
        faults.slack().down();
        HttpResponse<String> down = postSlack("chat.postMessage");
        faults.slack().clear();
        faults.slack().throttle(1.0).operations("chat.postMessage");
        HttpResponse<String> limited = postSlack("chat.postMessage");
        HttpResponse<String> otherMethod = postSlack("conversations.open");
        faults.clear();
        HttpResponse<String> up = postSlack("chat.postMessage");

        assertThat(down.statusCode()).isEqualTo(500);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("1");
        assertThat(limited.body()).contains("\"error\":\"ratelimited\"");
        assertThat(otherMethod.statusCode()).isEqualTo(200);
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).contains("\"ok\":true");
        assertThat(recorder.calls()).extracting(ApiRecorder.Call::operation).containsExactly("conversations.open", "chat.postMessage");
        assertThat(faults.rules()).isEmpty();
        assertThat(faults.tally()).isEqualTo(Map.of("slack", Map.of("fail", 1L, "throttle", 1L)));
    }

    @Test
    void aSeededRun_faultsTheSameCallsEachTime_andTheShareHolds() {
        List<Boolean> first = throttledGets(Faults.seeded(7), 40);
        List<Boolean> again = throttledGets(Faults.seeded(7), 40);
        List<Boolean> otherSeed = throttledGets(Faults.seeded(8), 40);

        assertThat(again).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
        assertThat(first.stream().filter(b -> b).count()).isBetween(8L, 32L);

        Faults many = Faults.seeded(7);
        many.dynamodb().throttle(0.3).conflict(0.2).operations("TransactWriteItems");
        Call transact = call("DynamoDB_20120810.TransactWriteItems");
        List<FaultKind> kinds = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            kinds.add(many.decide(transact).map(Faults.Decision::kind).orElse(null));
            many.decide(call("DynamoDB_20120810.GetItem"));
        }
        assertThat(many.injected(FaultKind.THROTTLE)).isBetween(2_800L, 3_200L);
        assertThat(many.injected(FaultKind.CONFLICT)).isBetween(1_800L, 2_200L);
        assertThat(many.injected("dynamodb", FaultKind.THROTTLE) + many.injected("dynamodb", FaultKind.CONFLICT))
                .isEqualTo(many.injections().size());

        Faults quiet = Faults.seeded(7);
        quiet.dynamodb().throttle(0.3).conflict(0.2).operations("TransactWriteItems");
        List<FaultKind> withoutOtherTraffic = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            withoutOtherTraffic.add(quiet.decide(transact).map(Faults.Decision::kind).orElse(null));
        }
        assertThat(withoutOtherTraffic).as("GetItem traffic does not move TransactWriteItems' faults").isEqualTo(kinds);
    }

    @Test
    void invalidFaults_areRefusedWithTheReason_andLeaveTheRuleAsItWas() {
        faults.dynamodb().throttle(0.5);

        assertThatThrownBy(() -> faults.dynamodb().conflict(0.6)).hasMessageContaining("add up to");
        assertThatThrownBy(() -> faults.dynamodb().throttle(1.5)).hasMessageContaining("from 0 to 1");
        assertThatThrownBy(() -> faults.dynamodb().throttle(Double.NaN)).hasMessageContaining("from 0 to 1");
        assertThatThrownBy(() -> faults.slack().conflict(0.1)).hasMessageContaining("DynamoDB fault");
        assertThatThrownBy(() -> faults.dynamodb().refuse()).hasMessageContaining("sms, voice, slack");
        assertThatThrownBy(() -> faults.dynamodb().operations("Put Item")).hasMessageContaining("operation");
        assertThatThrownBy(() -> faults.service("DynamoDB")).hasMessageContaining("lower case");
        assertThatThrownBy(() -> faults.sms().delay(0.1, Duration.ofMinutes(5))).hasMessageContaining("delay");

        assertThat(faults.rules()).containsOnlyKeys("dynamodb");
        assertThat(faults.dynamodb().rule().describe()).isEqualTo(Map.of("throttle", 0.5));
    }

    @Test
    void theOperation_comesFromTheTarget_theAction_orThePath() {
        assertThat(call("DynamoDB_20120810.TransactWriteItems")).extracting(Call::service, Call::operation, Call::protocol)
                .containsExactly("dynamodb", "TransactWriteItems", Call.Protocol.AWS_JSON);
        assertThat(Call.of("POST", "/", Map.of("Authorization", List.of(sigV4("sns"))), "Action=Publish&TopicArn=x".getBytes(), null))
                .extracting(Call::service, Call::operation, Call::protocol).containsExactly("sns", "Publish", Call.Protocol.AWS_QUERY);
        assertThat(Call.of("POST", "/", Map.of("Authorization", List.of(sigV4("sms-voice")),
                "X-Amz-Target", List.of("PinpointSMSVoiceV2.SendVoiceMessage")), new byte[0], null))
                .extracting(Call::service, Call::operation).containsExactly("voice", "SendVoiceMessage");
        assertThat(Call.of("POST", "/slack/api/chat.postMessage", Map.of("Authorization", List.of("Bearer xoxb-1")), new byte[0], "slack"))
                .extracting(Call::service, Call::operation, Call::protocol).containsExactly("slack", "chat.postMessage", Call.Protocol.HTTP);
        assertThat(Call.of("GET", "/moto-api/data.json", Map.of(), new byte[0], "slack").exempt()).isTrue();
        assertThat(Call.of("GET", "/anything", Map.of(), new byte[0], null).exempt()).isTrue();
        assertThat(FaultAnswers.countItems("{\"TransactItems\":[{\"Put\":{\"Item\":{\"s\":{\"S\":\"}{[\"}}}},{\"Delete\":{}},{\"Update\":{}}]}"))
                .isEqualTo(3);
    }

    private List<Boolean> throttledGets(Faults seeded, int calls) {
        seeded.dynamodb().throttle(0.5).operations("GetItem");
        List<Boolean> throttled = new ArrayList<>();
        try (LoopbackProxy proxy = LoopbackProxy.to(emulated.endpoint()).faults(seeded, null).start();
                DynamoDbClient dynamo = client(DynamoDbClient.builder(), proxy.endpoint()).build()) {
            for (int i = 0; i < calls; i++) {
                try {
                    dynamo.getItem(r -> r.tableName(emulated.tableName()).key(key("a")));
                    throttled.add(false);
                } catch (ProvisionedThroughputExceededException e) {
                    throttled.add(true);
                }
            }
        }
        assertThat(seeded.injected(FaultKind.THROTTLE)).isEqualTo(throttled.stream().filter(b -> b).count());
        return throttled;
    }

    private HttpResponse<String> postSlack(String method) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(saas.endpoint().resolve("/slack/api/" + method))
                    .header("Authorization", "Bearer xoxb-test").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"channel\":\"C1\",\"text\":\"page\",\"users\":\"U1\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private void put(DynamoDbClient dynamo, String pk) {
        dynamo.putItem(r -> r.tableName(emulated.tableName()).item(key(pk)));
    }

    private TransactWriteItem write(String pk) {
        return TransactWriteItem.builder().put(p -> p.tableName(emulated.tableName()).item(key(pk))).build();
    }

    private static Map<String, AttributeValue> key(String pk) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS("item"));
    }

    private static Call call(String target) {
        return Call.of("POST", "/", Map.of("X-Amz-Target", List.of(target), "Authorization", List.of(sigV4("dynamodb"))), new byte[0], null);
    }

    private static String sigV4(String service) {
        return "AWS4-HMAC-SHA256 Credential=test/20261205/us-east-1/" + service + "/aws4_request, SignedHeaders=host, Signature=00";
    }

    private static <B extends AwsClientBuilder<B, ?>> B client(B builder, URI endpoint) {
        builder.endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
        return builder;
    }
}
