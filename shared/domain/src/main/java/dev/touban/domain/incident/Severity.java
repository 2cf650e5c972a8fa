package dev.touban.domain.incident;

import java.util.Locale;
import java.util.Optional;

/** The Events API v2 severities, most urgent first. */
public enum Severity {
    CRITICAL,
    ERROR,
    WARNING,
    INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Exactly the lower-case words the Events API allows. */
    public static Optional<Severity> parse(String text) {
        for (Severity s : values()) {
            if (s.label().equals(text)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
