package dev.touban.aws.paging;

import dev.touban.aws.notify.FailureClassifier;
import dev.touban.aws.notify.Redact;
import dev.touban.domain.escalation.Channel;
import dev.touban.domain.escalation.Notifier;
import dev.touban.domain.escalation.NotifierException;
import dev.touban.domain.escalation.Page;
import dev.touban.domain.escalation.PageText;
import dev.touban.domain.escalation.Recipient;
import dev.touban.domain.incident.SmsCodes;
import dev.touban.domain.language.Language;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2Client;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.VoiceMessageBodyTextType;

/**
 * Calls the person and reads the page aloud with AWS End User Messaging SMS and Voice v2
 * (SendVoiceMessage, text to speech) from the deployment's origination number. People who read
 * English hear plain text; people who read Japanese hear SSML ({@link PageText#voiceSsml}), so
 * the incident number is read as a number and the reply code letter by letter.
 */
public final class VoiceNotifier implements Notifier {
    private static final int TIME_TO_LIVE_SECONDS = 300;

    private final PinpointSmsVoiceV2Client voice;
    private final String originationIdentity;
    /** The Japanese voice unless {@code VOICE_ID_JA} names another: Mizuki, of the ja-JP voices. */
    public static final String JAPANESE_VOICE = "MIZUKI";

    private final String voiceId;
    private final String japaneseVoiceId;
    private final Supplier<SmsCodes> codes;

    public VoiceNotifier(PinpointSmsVoiceV2Client voice, String originationIdentity, String voiceId) {
        this(voice, originationIdentity, voiceId, JAPANESE_VOICE, null);
    }

    /**
     * {@code voiceId} speaks to people who read English, {@code japaneseVoiceId} to those who read
     * Japanese; {@code codes} (null: none said) gives the SMS reply code a Japanese call spells out.
     */
    public VoiceNotifier(PinpointSmsVoiceV2Client voice, String originationIdentity, String voiceId, String japaneseVoiceId,
            Supplier<SmsCodes> codes) {
        this.voice = voice;
        this.originationIdentity = originationIdentity;
        this.voiceId = voiceId;
        this.japaneseVoiceId = japaneseVoiceId;
        this.codes = codes;
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
        boolean japanese = PageText.language(page) == Language.JA;
        String speaker = japanese ? japaneseVoiceId : voiceId;
        String body = japanese
                ? PageText.voiceSsml(page, codes == null ? null : codes.get().code(page.incident().number(), person.member().id()))
                : PageText.voice(page);
        try {
            return "message " + voice.sendVoiceMessage(r -> r.destinationPhoneNumber(person.member().phone())
                    .originationIdentity(originationIdentity)
                    .messageBody(body)
                    .messageBodyTextType(japanese ? VoiceMessageBodyTextType.SSML : VoiceMessageBodyTextType.TEXT)
                    .voiceId(speaker)
                    .timeToLive(TIME_TO_LIVE_SECONDS)).messageId();
        } catch (SdkException e) {
            throw new NotifierException("voice call failed: " + Redact.phones(e.getMessage()), FailureClassifier.of(e), e);
        }
    }
}
