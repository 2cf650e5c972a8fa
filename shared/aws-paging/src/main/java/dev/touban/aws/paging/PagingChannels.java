package dev.touban.aws.paging;

import dev.touban.aws.AwsClients;
import dev.touban.aws.Lazy;
import dev.touban.domain.escalation.Notifier;
import dev.touban.domain.incident.SmsCodes;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The channels beyond Slack that an escalation pages through, from the function's environment:
 * SMS when {@code SMS_ORIGINATION_IDENTITY} is set, the pages topic when {@code PAGES_TOPIC_ARN}
 * is set, voice when {@code VOICE_ORIGINATION_IDENTITY} is set ({@code VOICE_ID}, and
 * {@code VOICE_ID_JA} for people who read Japanese). SMS and
 * voice go through End User Messaging SMS and Voice v2; {@code VOICE_ENDPOINT} points both at a
 * recorder off AWS. Given to {@code IncidentRuntime.Builder.pagingChannels} by the functions that
 * page, so only they carry the SNS and End User Messaging SDK modules.
 */
public final class PagingChannels {
    private PagingChannels() {}

    public static List<Notifier> fromEnvironment(Map<String, String> env, AwsClients aws, Supplier<SmsCodes> smsCodes) {
        List<Notifier> channels = new ArrayList<>();
        String sms = env.get("SMS_ORIGINATION_IDENTITY");
        String voice = env.get("VOICE_ORIGINATION_IDENTITY");
        PinpointSmsVoiceV2Client smsVoice = given(sms) || given(voice) ? smsVoice(env, aws) : null;
        if (given(sms)) {
            channels.add(new SmsNotifier(new TextMessages(smsVoice, sms), smsCodes));
        }
        String topic = env.get("PAGES_TOPIC_ARN");
        if (given(topic)) {
            // the client is built on the first page to the topic: the example policy pages it from its third tier only
            channels.add(new SnsTopicNotifier(new Lazy<>(() -> aws.configure(SnsClient.builder()).build()), topic));
        }
        if (given(voice)) {
            channels.add(new VoiceNotifier(smsVoice, voice, env.getOrDefault("VOICE_ID", "JOANNA"),
                    env.getOrDefault("VOICE_ID_JA", VoiceNotifier.JAPANESE_VOICE), smsCodes));
        }
        return channels;
    }

    /** Text messages from {@code SMS_ORIGINATION_IDENTITY}, or null when it is not set (SMS is then off). */
    public static TextMessages textMessages(Map<String, String> env, AwsClients aws) {
        String origination = env.get("SMS_ORIGINATION_IDENTITY");
        return given(origination) ? new TextMessages(smsVoice(env, aws), origination) : null;
    }

    private static PinpointSmsVoiceV2Client smsVoice(Map<String, String> env, AwsClients aws) {
        var builder = aws.configure(PinpointSmsVoiceV2Client.builder());
        String endpoint = env.get("VOICE_ENDPOINT");
        if (given(endpoint)) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
