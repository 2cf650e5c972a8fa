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
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Texts the page to the person's E.164 number from the origination identity, with the short
 * code ({@link SmsCodes}) that lets that person, and only that person, answer {@code ACK 42 7Q3F}.
 */
public final class SmsNotifier implements Notifier {
    private final TextMessages texts;
    private final Supplier<SmsCodes> codes;

    /** {@code codes} is asked on the first page (it needs the link key, read from SSM). */
    public SmsNotifier(TextMessages texts, Supplier<SmsCodes> codes) {
        this.texts = texts;
        this.codes = codes;
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
        String code = codes.get().code(page.incident().number(), person.member().id());
        try {
            return "message " + texts.send(person.member().phone(), PageText.sms(page, code));
        } catch (SdkException e) {
            throw new NotifierException("SMS refused: " + Redact.phones(e.getMessage()), FailureClassifier.of(e), e);
        }
    }
}
