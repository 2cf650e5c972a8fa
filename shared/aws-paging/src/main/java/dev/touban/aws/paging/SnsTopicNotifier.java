package dev.touban.aws.paging;

import dev.touban.aws.notify.FailureClassifier;
import dev.touban.aws.notify.Redact;
import dev.touban.domain.escalation.Channel;
import dev.touban.domain.escalation.Notifier;
import dev.touban.domain.escalation.NotifierException;
import dev.touban.domain.escalation.Page;
import dev.touban.domain.escalation.PageText;
import dev.touban.domain.escalation.Recipient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * Publishes a page to the pages topic, for whatever the team subscribes there (email,
 * HTTPS, chat bridges). Message attributes (team, member, severity, incident) let each
 * subscription filter to the pages it wants.
 */
public final class SnsTopicNotifier implements Notifier {
    private final Supplier<SnsClient> sns;
    private final String topicArn;

    public SnsTopicNotifier(SnsClient sns, String topicArn) {
        this(() -> sns, topicArn);
    }

    /**
     * With the client built by {@code sns} when a page first goes to the topic: a function that
     * has the topic set up but pages a tier without it does not build the client (hundreds of
     * classes) at its cold start.
     */
    public SnsTopicNotifier(Supplier<SnsClient> sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    @Override
    public Channel channel() {
        return Channel.SNS;
    }

    @Override
    public String send(Page page) {
        Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
        attributes.put("incident", number(page.incident().number()));
        attributes.put("team", text(page.incident().teamId()));
        attributes.put("severity", text(page.incident().alert().severity().label()));
        if (page.recipient() instanceof Recipient.Person p) {
            attributes.put("member", text(p.member().id()));
        }
        try {
            return "message " + sns.get().publish(r -> r.topicArn(topicArn).subject(PageText.subject(page.incident()))
                    .message(PageText.body(page)).messageAttributes(attributes)).messageId();
        } catch (SdkException e) {
            throw new NotifierException("SNS publish to the pages topic failed: " + Redact.phones(e.getMessage()), FailureClassifier.of(e), e);
        }
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }

    private static MessageAttributeValue number(long value) {
        return MessageAttributeValue.builder().dataType("Number").stringValue(Long.toString(value)).build();
    }
}
