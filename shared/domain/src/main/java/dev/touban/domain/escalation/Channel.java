package dev.touban.domain.escalation;

import java.util.Locale;
import java.util.Optional;

/** A way of reaching someone: a Slack message, a publish to the pages topic, a text message, a phone call. */
public enum Channel {
    SLACK,
    SNS,
    SMS,
    VOICE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Channel> parse(String text) {
        for (Channel c : values()) {
            if (c.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
