package dev.touban.aws.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.domain.config.Member;
import dev.touban.domain.escalation.Channel;
import dev.touban.domain.escalation.Notifier;
import dev.touban.domain.escalation.NotifierException;
import dev.touban.domain.escalation.Page;
import dev.touban.domain.escalation.Recipient;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.Severity;
import dev.touban.domain.incident.SmsCodes;
import dev.touban.domain.language.Language;
import dev.touban.testing.ApiRecorder;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MotoRecords;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2Client;
import software.amazon.awssdk.services.sns.SnsClient;

@ExtendWith(EmulatorExtension.class)
class ChannelAdaptersTest {
    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");
    private static final String ORIGINATION = "arn:aws:sms-voice:ap-northeast-1:123456789012:phone-number/phone-0123456789abcdef";
    private static final SmsCodes CODES = new SmsCodes("channel-test-link-key-0123456789");
    private static final Member ALICE = new Member("alice", "Alice Sato", "U01ALICE", "+819012345678", null, ZoneId.of("Asia/Tokyo"));
    private static final Incident INCIDENT = new Incident(42, "web", "k", "web", "sre", "sre-default",
            Alert.simple("Checkout 5xx above 2%", "prometheus", Severity.CRITICAL), IncidentStatus.TRIGGERED, 2, 1,
            T0.plusSeconds(300), T0, null, null, null, null, 0);

    private AwsClients aws;
    private SnsClient sns;
    private MotoRecords moto;
    private ApiRecorder recorder;

    @BeforeEach
    void setUp(Emulated emulated) {
        aws = new AwsClients(AwsSettings.emulator(emulated.endpoint(), emulated.region()));
        sns = aws.configure(SnsClient.builder()).build();
        moto = new MotoRecords(emulated.endpoint());
        recorder = ApiRecorder.start();
    }

    @AfterEach
    void tearDown() {
        recorder.close();
    }

    @Test
    void sms_isSentFromTheOriginationIdentity_withTheIncidentTheLinkAndTheMembersCode() {
        String receipt = sms().send(page(ALICE, Channel.SMS, "https://api.example/ack/TOKEN"));

        String code = CODES.code(42, "alice");
        assertThat(receipt).isEqualTo("message voice-1");
        assertThat(recorder.calls("SendTextMessage")).singleElement().satisfies(call -> {
            assertThat(call.body()).containsOnlyKeys("DestinationPhoneNumber", "OriginationIdentity", "MessageBody", "MessageType")
                    .containsEntry("DestinationPhoneNumber", "+819012345678")
                    .containsEntry("OriginationIdentity", ORIGINATION)
                    .containsEntry("MessageType", "TRANSACTIONAL")
                    .containsEntry("MessageBody", "Touban #42 CRITICAL: Checkout 5xx above 2% Ack: https://api.example/ack/TOKEN Reply ACK 42 " + code);
            assertThat(call.authorization()).startsWith("AWS4-HMAC-SHA256");
        });
        assertThat(code).matches("[0-9A-Z]{4}");
    }

    @Test
    void sms_toTwoMembers_carriesACodeForEach() {
        Member bob = new Member("bob", "Bob Tanaka", "U02BOB", "+819023456789", null, ZoneId.of("Asia/Tokyo"));

        sms().send(page(ALICE, Channel.SMS, null));
        sms().send(page(bob, Channel.SMS, null));

        assertThat(recorder.sms()).extracting(ApiRecorder.Sms::message).containsExactly(
                "Touban #42 CRITICAL: Checkout 5xx above 2% Reply ACK 42 " + CODES.code(42, "alice"),
                "Touban #42 CRITICAL: Checkout 5xx above 2% Reply ACK 42 " + CODES.code(42, "bob"));
        assertThat(CODES.code(42, "alice")).isNotEqualTo(CODES.code(42, "bob"));
    }

    @Test
    void sms_refusedByTheService_failsWithoutNamingTheNumber() {
        recorder.fail("SendTextMessage", 400);

        assertThatThrownBy(() -> sms().send(page(ALICE, Channel.SMS, null)))
                .isInstanceOf(NotifierException.class)
                .hasMessageStartingWith("SMS refused: ")
                .hasMessageContaining("the destination was refused")
                .hasMessageNotContaining("819012345678");
    }

    @Test
    void channelsFromTheEnvironment_smsOnlyWithAnOriginationIdentity() {
        Map<String, String> env = new HashMap<>(Map.of("VOICE_ENDPOINT", recorder.voiceEndpoint().toString()));

        assertThat(PagingChannels.fromEnvironment(env, aws, () -> CODES)).isEmpty();
        env.put("SMS_ORIGINATION_IDENTITY", ORIGINATION);
        List<Notifier> channels = PagingChannels.fromEnvironment(env, aws, () -> CODES);
        channels.get(0).send(page(ALICE, Channel.SMS, null));

        assertThat(channels).extracting(Notifier::channel).containsExactly(Channel.SMS);
        assertThat(recorder.sms()).extracting(ApiRecorder.Sms::originationIdentity).containsExactly(ORIGINATION);
        assertThat(moto.sms()).as("nothing goes through SNS any more").isEmpty();
    }

    @Test
    void topic_publishesASubjectAndBody_forTheTeamsSubscribers() {
        String topic = sns.createTopic(r -> r.name("touban-pages")).topicArn();

        new SnsTopicNotifier(sns, topic).send(page(ALICE, Channel.SNS, "https://api.example/ack/T"));

        assertThat(moto.topicMessages()).singleElement().satisfies(m -> {
            assertThat(m.topicArn()).isEqualTo(topic);
            assertThat(m.subject()).isEqualTo("Touban #42 [critical] Checkout 5xx above 2%");
            assertThat(m.message()).contains("Incident #42 (critical)", "Paged: Alice Sato, tier 2", "Acknowledge: https://api.example/ack/T");
        });
    }

    @Test
    void topic_clientIsAskedForOnTheFirstPageOnly_andTheChannelFromTheEnvironmentPublishes() {
        String topic = sns.createTopic(r -> r.name("touban-pages")).topicArn();
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        SnsTopicNotifier notifier = new SnsTopicNotifier(() -> {
            asked.incrementAndGet();
            return sns;
        }, topic);

        assertThat(asked).as("no client before a page").hasValue(0);
        notifier.send(page(ALICE, Channel.SNS, null));
        List<Notifier> channels = PagingChannels.fromEnvironment(Map.of("PAGES_TOPIC_ARN", topic), aws, () -> CODES);
        channels.get(0).send(page(ALICE, Channel.SNS, null));

        assertThat(asked).hasValue(1);
        assertThat(channels).extracting(Notifier::channel).containsExactly(Channel.SNS);
        assertThat(moto.topicMessages()).hasSize(2).allSatisfy(m -> assertThat(m.topicArn()).isEqualTo(topic));
    }

    @Test
    void topic_subjectOfALongJapaneseSummaryWithEmoji_isWhatSnsAccepts() {
        String topic = sns.createTopic(r -> r.name("touban-pages")).topicArn();
        Incident hostile = new Incident(42, "web", "k", "web", "sre", "sre-default",
                Alert.simple("決済が失敗 🔥 checkout failing\nfor every customer in every region " + "x".repeat(120), "prometheus", Severity.CRITICAL),
                IncidentStatus.TRIGGERED, 2, 1, T0.plusSeconds(300), T0, null, null, null, null, 0);

        new SnsTopicNotifier(sns, topic).send(new Page(hostile, new Recipient.Person(ALICE, "on call"), Channel.SNS, 1, 0, null));

        assertThat(moto.topicMessages()).singleElement().satisfies(m -> {
            assertThat(m.subject()).startsWith("Touban #42 [critical] checkout failing for every customer").endsWith("...").hasSize(99);
            assertThat(m.subject().chars().allMatch(c -> c >= 0x20 && c <= 0x7e)).isTrue();
            assertThat(m.message()).contains("決済が失敗 🔥");
        });
    }

    @Test
    void voice_callsTheNumberWithSendVoiceMessage() {
        PinpointSmsVoiceV2Client client = aws.configure(PinpointSmsVoiceV2Client.builder()).endpointOverride(recorder.voiceEndpoint()).build();

        String receipt = new VoiceNotifier(client, "+15555550100", "JOANNA").send(page(ALICE, Channel.VOICE, null));

        assertThat(receipt).isEqualTo("message voice-1");
        assertThat(recorder.calls("SendVoiceMessage")).singleElement().satisfies(call -> {
            assertThat(call.body()).containsEntry("DestinationPhoneNumber", "+819012345678")
                    .containsEntry("OriginationIdentity", "+15555550100")
                    .containsEntry("MessageBodyTextType", "TEXT")
                    .containsEntry("VoiceId", "JOANNA");
            assertThat((String) call.body().get("MessageBody")).startsWith("Hello Alice Sato. This is Touban with a page. Incident 42, critical");
            assertThat(call.authorization()).startsWith("AWS4-HMAC-SHA256");
        });
    }

    @Test
    void voice_toSomeoneWhoReadsJapanese_speaksSsml_withTheJapaneseVoice_theNumberAndTheSpeltReplyCode() {
        PinpointSmsVoiceV2Client client = aws.configure(PinpointSmsVoiceV2Client.builder()).endpointOverride(recorder.voiceEndpoint()).build();
        Page page = new Page(INCIDENT, new Recipient.Person(ALICE, "on call in sre-primary", Language.JA), Channel.VOICE, 1, 0, null);

        new VoiceNotifier(client, "+15555550100", "JOANNA", "TAKUMI", () -> CODES).send(page);

        String code = CODES.code(42, "alice");
        assertThat(recorder.calls("SendVoiceMessage")).singleElement().satisfies(call -> assertThat(call.body()).isEqualTo(Map.of(
                "DestinationPhoneNumber", "+819012345678",
                "OriginationIdentity", "+15555550100",
                "MessageBody", "<speak>Alice Satoさん。当番の呼び出しです。"
                        + "インシデント<say-as interpret-as=\"cardinal\">42</say-as>番、重大: Checkout 5xx above 2%。 "
                        + "もう一度: インシデント<say-as interpret-as=\"cardinal\">42</say-as>番、重大: Checkout 5xx above 2%。 "
                        + "確認するには、Slackで確認を押すか、ショートメッセージの案内どおりに返信してください。"
                        + "返信する言葉は <say-as interpret-as=\"characters\">ACK</say-as> <say-as interpret-as=\"cardinal\">42</say-as> "
                        + "<say-as interpret-as=\"characters\">" + code + "</say-as> です。</speak>",
                "MessageBodyTextType", "SSML",
                "VoiceId", "TAKUMI",
                "TimeToLive", 300)));
    }

    @Test
    void voice_serviceError_failsThePage() {
        recorder.fail("SendVoiceMessage", 500);
        PinpointSmsVoiceV2Client client = aws.configure(PinpointSmsVoiceV2Client.builder()).endpointOverride(recorder.voiceEndpoint()).build();

        assertThatThrownBy(() -> new VoiceNotifier(client, "+15555550100", "JOANNA").send(page(ALICE, Channel.VOICE, null)))
                .isInstanceOf(NotifierException.class)
                .hasMessageStartingWith("voice call failed: ")
                .hasMessageNotContaining("819012345678");
    }

    @Test
    void personChannels_refuseAPlace() {
        Page toChannel = new Page(INCIDENT, new Recipient.Place("C0ONCALL"), Channel.SMS, 0, 0, null);

        assertThatThrownBy(() -> sms().send(toChannel)).isInstanceOf(NotifierException.class)
                .hasMessage("an SMS goes to a person, not <#C0ONCALL>");
    }

    private SmsNotifier sms() {
        PinpointSmsVoiceV2Client client = aws.configure(PinpointSmsVoiceV2Client.builder()).endpointOverride(recorder.voiceEndpoint()).build();
        return new SmsNotifier(new TextMessages(client, ORIGINATION), () -> CODES);
    }

    private static Page page(Member member, Channel channel, String ackUrl) {
        return new Page(INCIDENT, new Recipient.Person(member, "on call in sre-primary"), channel, 1, 0, ackUrl);
    }
}
