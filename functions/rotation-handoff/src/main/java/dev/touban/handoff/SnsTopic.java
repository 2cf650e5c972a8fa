package dev.touban.handoff;

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
        // SNS limits subjects to 100 characters
        String shortSubject = subject.length() > 100 ? subject.substring(0, 99) + "…" : subject;
        return sns.publish(r -> r.topicArn(topicArn).subject(shortSubject).message(message).messageAttributes(attrs)).messageId();
    }
}
