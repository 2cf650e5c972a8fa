package dev.touban.aws.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.domain.config.Member;
import dev.touban.domain.escalation.Channel;
import dev.touban.domain.escalation.NotifierException;
import dev.touban.domain.escalation.Page;
import dev.touban.domain.escalation.Recipient;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.Severity;
import dev.touban.testing.ApiRecorder;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MotoRecords;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2Client;
import software.amazon.awssdk.services.sns.SnsClient;

@ExtendWith(EmulatorExtension.class)
class ChannelAdaptersTest {
    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");
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
    void sms_textsTheE164Number_withTheNumberOfTheIncidentAndTheLink() {
        String receipt = new SmsNotifier(sns).send(page(ALICE, Channel.SMS, "https://api.example/ack/TOKEN"));

        assertThat(receipt).startsWith("message ");
        assertThat(moto.sms()).singleElement().satisfies(sms -> {
            assertThat(sms.phoneNumber()).isEqualTo("+819012345678");
            assertThat(sms.message()).isEqualTo("Touban #42 CRITICAL: Checkout 5xx above 2% Ack: https://api.example/ack/TOKEN or reply ACK 42");
        });
    }

    @Test
    void sms_toANumberTheServiceRefuses_failsWithoutNamingTheNumber() {
        Member local = new Member("bob", "Bob", "U02BOB", "09023456789", null, ZoneId.of("Asia/Tokyo"));

        assertThatThrownBy(() -> new SmsNotifier(sns).send(page(local, Channel.SMS, null)))
                .isInstanceOf(NotifierException.class)
                .hasMessageStartingWith("SMS refused: ")
                .hasMessageContaining("E164")
                .hasMessageNotContaining("09023456789");
        assertThat(moto.sms()).isEmpty();
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

        assertThatThrownBy(() -> new SmsNotifier(sns).send(toChannel)).isInstanceOf(NotifierException.class)
                .hasMessage("an SMS goes to a person, not <#C0ONCALL>");
    }

    private static Page page(Member member, Channel channel, String ackUrl) {
        return new Page(INCIDENT, new Recipient.Person(member, "on call in sre-primary"), channel, 1, 0, ackUrl);
    }
}
