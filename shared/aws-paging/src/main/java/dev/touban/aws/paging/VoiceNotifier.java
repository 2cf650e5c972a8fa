package dev.touban.aws.paging;

import dev.touban.aws.notify.FailureClassifier;
import dev.touban.aws.notify.Redact;
import dev.touban.domain.escalation.Channel;
import dev.touban.domain.escalation.Notifier;
import dev.touban.domain.escalation.NotifierException;
import dev.touban.domain.escalation.Page;
import dev.touban.domain.escalation.PageText;
import dev.touban.domain.escalation.Recipient;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2Client;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.VoiceMessageBodyTextType;

/**
 * Calls the person and reads the page aloud with AWS End User Messaging SMS and Voice v2
 * (SendVoiceMessage, text to speech) from the deployment's origination number.
 */
public final class VoiceNotifier implements Notifier {
    private static final int TIME_TO_LIVE_SECONDS = 300;

    private final PinpointSmsVoiceV2Client voice;
    private final String originationIdentity;
    private final String voiceId;

    public VoiceNotifier(PinpointSmsVoiceV2Client voice, String originationIdentity, String voiceId) {
        this.voice = voice;
        this.originationIdentity = originationIdentity;
        this.voiceId = voiceId;
    }

    @Override
    public Channel channel() {
        return Channel.VOICE;
    }

    @Override
    public String send(Page page) {
        if (!(page.recipient() instanceof Recipient.Person person)) {
            throw new NotifierException("a call goes to a person, not " + page.recipient().describe());
        }
        try {
            return "message " + voice.sendVoiceMessage(r -> r.destinationPhoneNumber(person.member().phone())
                    .originationIdentity(originationIdentity)
                    .messageBody(PageText.voice(page))
                    .messageBodyTextType(VoiceMessageBodyTextType.TEXT)
                    .voiceId(voiceId)
                    .timeToLive(TIME_TO_LIVE_SECONDS)).messageId();
        } catch (SdkException e) {
            throw new NotifierException("voice call failed: " + Redact.phones(e.getMessage()), FailureClassifier.of(e), e);
        }
    }
}
