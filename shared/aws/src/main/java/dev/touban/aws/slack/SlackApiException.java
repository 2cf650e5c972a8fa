package dev.touban.aws.slack;

import java.util.Set;

/**
 * Slack answered {@code ok:false}, an HTTP error, or not at all. {@link #transientFailure()}
 * says whether the same call may succeed later (rate limited, Slack down, a timeout) or
 * Slack will refuse it again ({@code channel_not_found}, {@code invalid_auth}...).
 */
public final class SlackApiException extends RuntimeException {
    /** Slack's own errors that say "not now" rather than "no". */
    private static final Set<String> TRANSIENT_ERRORS = Set.of("ratelimited", "internal_error", "fatal_error", "service_unavailable",
            "request_timeout");

    private final String method;
    private final String error;
    private final boolean transientFailure;

    public SlackApiException(String method, String error) {
        this(method, error, TRANSIENT_ERRORS.contains(error));
    }

    public SlackApiException(String method, String error, boolean transientFailure) {
        super("Slack " + method + " failed: " + error);
        this.method = method;
        this.error = error;
        this.transientFailure = transientFailure;
    }

    public String method() {
        return method;
    }

    public String error() {
        return error;
    }

    public boolean transientFailure() {
        return transientFailure;
    }
}
