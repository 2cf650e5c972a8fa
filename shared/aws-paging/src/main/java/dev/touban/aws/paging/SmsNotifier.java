package dev.touban.aws.paging;

import dev.touban.aws.notify.Redact;
import dev.touban.domain.escalation.Channel;
import dev.touban.domain.escalation.Notifier;
import dev.touban.domain.escalation.NotifierException;
import dev.touban.domain.escalation.Page;
import dev.touban.domain.escalation.PageText;
import dev.touban.domain.escalation.Recipient;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/** Texts the page to the person's E.164 number with SNS (transactional SMS: the route for time-critical messages). */
public final class SmsNotifier implements Notifier {
    private static final Map<String, MessageAttributeValue> TRANSACTIONAL = Map.of("AWS.SNS.SMS.SMSType",
            MessageAttributeValue.builder().dataType("String").stringValue("Transactional").build());

    private final SnsClient sns;

    public SmsNotifier(SnsClient sns) {
        this.sns = sns;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public String send(Page page) {
        if (!(page.recipient() instanceof Recipient.Person person)) {
            throw new NotifierException("an SMS goes to a person, not " + page.recipient().describe());
        }
        try {
            return "message " + sns.publish(PublishRequest.builder().phoneNumber(person.member().phone()).message(PageText.sms(page))
                    .messageAttributes(TRANSACTIONAL).build()).messageId();
        } catch (SdkException e) {
            throw new NotifierException("SMS refused: " + Redact.phones(e.getMessage()), e);
        }
    }
}
