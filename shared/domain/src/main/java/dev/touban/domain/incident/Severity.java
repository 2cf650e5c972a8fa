package dev.touban.domain.incident;

import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
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

    /** The severity as a reader of {@code language} says it: {@code critical}, {@code 重大}. */
    public String said(Language language) {
        return Messages.say(language, switch (this) {
            case CRITICAL -> Msg.SEVERITY_CRITICAL;
            case ERROR -> Msg.SEVERITY_ERROR;
            case WARNING -> Msg.SEVERITY_WARNING;
            case INFO -> Msg.SEVERITY_INFO;
        });
    }

    /** The word people read on the incident's message and in Slack answers: {@code CRITICAL}, {@code 重大}. */
    public String shown(Language language) {
        return said(language).toUpperCase(Locale.ROOT);
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
