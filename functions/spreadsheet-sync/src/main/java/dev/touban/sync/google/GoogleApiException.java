package dev.touban.sync.google;

/** Google answered an error, or not at all; the message names the call and the status, never a credential. */
public final class GoogleApiException extends RuntimeException {
    private final int status;

    public GoogleApiException(String call, int status, String detail) {
        super("Google " + call + " failed: " + (status > 0 ? "HTTP " + status + ": " : "") + detail);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
