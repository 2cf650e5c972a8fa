package dev.touban.aws.secrets;

/** Reads a named secret (signing secret, bot token, link key) once, at cold start. */
public interface Secrets {
    String get(String name);
}
