package dev.touban.domain.escalation;

/**
 * A channel refused or failed to deliver a page; the message says why, without phone numbers,
 * and {@link #kind()} whether trying again can help.
 */
public final class NotifierException extends RuntimeException {
    private final FailureKind kind;

    public NotifierException(String message) {
        this(message, FailureKind.DEFINITIVE, null);
    }

    public NotifierException(String message, Throwable cause) {
        this(message, FailureKind.TRANSIENT, cause);
    }

    public NotifierException(String message, FailureKind kind, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public FailureKind kind() {
        return kind;
    }
}
