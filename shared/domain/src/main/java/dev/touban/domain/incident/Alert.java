package dev.touban.domain.incident;

import dev.touban.domain.text.CleanText;
import java.time.Instant;
import java.util.List;

/**
 * What a monitoring system said, in the Events API v2 vocabulary: a one-line summary, where it
 * comes from, how bad it is, and optional detail. {@code customDetails} is kept as the JSON
 * text it arrived as.
 *
 * <p>Every alert is clean whoever builds it (an Events API event, a CloudWatch alarm, a Slack
 * call, a stored item): its texts pass {@link CleanText} and fit their bounds, so that no
 * alert is refused for its bytes, and one alert always fits one DynamoDB item. Text that was
 * longer is cut with a marker; links beyond {@value #MAX_LINKS} are left out. The bounds, in
 * UTF-16 units: summary {@value #MAX_SUMMARY}; source, component, group, class and client
 * {@value #MAX_FIELD} each; client URL {@value Link#MAX_HREF}; custom details
 * {@value #MAX_DETAILS}; per link, {@value Link#MAX_HREF} and {@value Link#MAX_TEXT}.
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
    public static final int MAX_FIELD = 1024;
    public static final int MAX_DETAILS = 32 * 1024;
    public static final int MAX_LINKS = 20;

    public Alert {
        summary = CleanText.line(summary, MAX_SUMMARY);
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("an alert needs a summary");
        }
        source = CleanText.line(source, MAX_FIELD);
        component = CleanText.line(component, MAX_FIELD);
        group = CleanText.line(group, MAX_FIELD);
        eventClass = CleanText.line(eventClass, MAX_FIELD);
        customDetails = CleanText.block(customDetails, MAX_DETAILS);
        client = CleanText.line(client, MAX_FIELD);
        clientUrl = CleanText.line(clientUrl, Link.MAX_HREF);
        links = links == null ? List.of() : List.copyOf(links.size() > MAX_LINKS ? links.subList(0, MAX_LINKS) : links);
    }

    public static Alert simple(String summary, String source, Severity severity) {
        return new Alert(summary, source, severity, null, null, null, null, null, null, null, List.of());
    }
}
