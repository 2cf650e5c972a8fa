package dev.touban.aws.paging;

import dev.touban.aws.AwsClients;
import dev.touban.domain.escalation.Notifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The channels beyond Slack that an escalation pages through, from the function's environment:
 * SMS always (SNS to the member's E.164 number), the pages topic when {@code PAGES_TOPIC_ARN}
 * is set, voice when {@code VOICE_ORIGINATION_IDENTITY} is set ({@code VOICE_ID}, and
 * {@code VOICE_ENDPOINT} to point it at a recorder). Given to
 * {@code IncidentRuntime.Builder.pagingChannels} by the functions that page, so only they
 * carry the SNS and voice SDK modules.
 */
public final class PagingChannels {
    private PagingChannels() {}

    public static List<Notifier> fromEnvironment(Map<String, String> env, AwsClients aws) {
        SnsClient sns = aws.configure(SnsClient.builder()).build();
        List<Notifier> channels = new ArrayList<>();
        channels.add(new SmsNotifier(sns));
        String topic = env.get("PAGES_TOPIC_ARN");
        if (topic != null && !topic.isBlank()) {
            channels.add(new SnsTopicNotifier(sns, topic));
        }
        String origination = env.get("VOICE_ORIGINATION_IDENTITY");
        if (origination != null && !origination.isBlank()) {
            var builder = aws.configure(PinpointSmsVoiceV2Client.builder());
            String endpoint = env.get("VOICE_ENDPOINT");
            if (endpoint != null && !endpoint.isBlank()) {
                builder.endpointOverride(URI.create(endpoint));
            }
            channels.add(new VoiceNotifier(builder.build(), origination, env.getOrDefault("VOICE_ID", "JOANNA")));
        }
        return channels;
    }
}
