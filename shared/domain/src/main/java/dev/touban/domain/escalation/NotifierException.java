package dev.touban.domain.escalation;

/** A channel refused or failed to deliver a page; the message says why, without phone numbers. */
public final class NotifierException extends RuntimeException {
    public NotifierException(String message) {
        super(message);
    }

    public NotifierException(String message, Throwable cause) {
        super(message, cause);
    }
}
