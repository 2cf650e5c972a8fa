package dev.touban.domain.config;

/** A problem in {@code oncall.yaml}; the message names the file, the field path and what is wrong. */
public final class ConfigException extends RuntimeException {
    private final String source;
    private final String field;
    private final String problem;

    public ConfigException(String source, String field, String problem) {
        super(source + ": " + field + ": " + problem);
        this.source = source;
        this.field = field;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
