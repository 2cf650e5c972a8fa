package dev.touban.domain.escalation;

/**
 * The port behind which each channel (Slack, SNS topic, SMS, voice) delivers a page.
 * An adapter either returns a receipt (a message id) or throws {@link NotifierException};
 * the caller records either on the incident's timeline and carries on with the escalation.
 */
public interface Notifier {

    Channel channel();

    String send(Page page);
}
