package dev.touban.aws.slack;

/** Slack answered {@code ok:false}, an HTTP error, or not at all. */
public final class SlackApiException extends RuntimeException {
    private final String method;
    private final String error;

    public SlackApiException(String method, String error) {
        super("Slack " + method + " failed: " + error);
        this.method = method;
        this.error = error;
    }

    public String method() {
        return method;
    }

    public String error() {
        return error;
    }
}
