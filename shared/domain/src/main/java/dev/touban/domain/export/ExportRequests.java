package dev.touban.domain.export;

/**
 * Hands an export request to whatever runs exports, without waiting for it: an EventBridge
 * event on AWS, a background thread in the local runner. Slack must be answered within 3 s;
 * the export answers later through the request's response_url.
 */
@FunctionalInterface
public interface ExportRequests {
    void submit(ExportRequest request);
}
