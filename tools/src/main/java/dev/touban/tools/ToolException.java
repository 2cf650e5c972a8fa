package dev.touban.tools;

/** A failure the user can act on: its message is printed as it is, without a stack trace. */
public final class ToolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ToolException(String message) {
        super(message);
    }
}
