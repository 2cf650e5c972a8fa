package dev.touban.domain.incident;

import java.time.Instant;
import java.util.List;

/**
 * What a monitoring system said, in the Events API v2 vocabulary: a one-line summary (at
 * most {@value #MAX_SUMMARY} characters), where it comes from, how bad it is, and optional
 * detail. {@code customDetails} is kept as the JSON text it arrived as.
 */
public record Alert(
        String summary,
        String source,
        Severity severity,
        String component,
        String group,
        String eventClass,
        String customDetails,
        Instant timestamp,
        String client,
        String clientUrl,
        List<Link> links) {

    public static final int MAX_SUMMARY = 1024;

    public Alert {
        links = links == null ? List.of() : List.copyOf(links);
        if (summary == null || summary.isBlank() || summary.length() > MAX_SUMMARY) {
            throw new IllegalArgumentException("a summary is 1 to " + MAX_SUMMARY + " characters");
        }
    }

    public static Alert simple(String summary, String source, Severity severity) {
        return new Alert(summary, source, severity, null, null, null, null, null, null, null, List.of());
    }
}
