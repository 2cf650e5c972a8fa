package dev.touban.handoff;

import dev.touban.domain.text.SnsSubject;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/** The SNS topic handoffs are announced on; returns the message id. */
public final class SnsTopic {
    private final SnsClient sns;
    private final String topicArn;

    public SnsTopic(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    public String publish(String subject, String message, Map<String, String> attributes) {
        Map<String, MessageAttributeValue> attrs = new LinkedHashMap<>();
        attributes.forEach((k, v) -> attrs.put(k, MessageAttributeValue.builder().dataType("String").stringValue(v).build()));
        // SNS refuses a subject that is not printable ASCII under 100 characters; the emulator accepts any
        String checked = SnsSubject.of(subject);
        return sns.publish(r -> r.topicArn(topicArn).subject(checked).message(message).messageAttributes(attrs)).messageId();
    }
}
