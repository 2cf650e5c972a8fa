package dev.touban.aws.paging;

import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2Client;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.MessageType;

/**
 * Text messages through AWS End User Messaging SMS and Voice v2 ({@code SendTextMessage}),
 * always from the deployment's origination identity: replies then come back to Touban's
 * two-way number, and IAM grants sending from that identity only.
 */
public final class TextMessages {
    private final PinpointSmsVoiceV2Client client;
    private final String originationIdentity;

    public TextMessages(PinpointSmsVoiceV2Client client, String originationIdentity) {
        this.client = client;
        this.originationIdentity = originationIdentity;
    }

    /** Sends {@code text} to the E.164 number {@code phone} as a transactional message; returns the message id. */
    public String send(String phone, String text) {
        return client.sendTextMessage(r -> r.destinationPhoneNumber(phone)
                .originationIdentity(originationIdentity)
                .messageBody(text)
                .messageType(MessageType.TRANSACTIONAL)).messageId();
    }
}
