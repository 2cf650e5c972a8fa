package dev.touban.domain.export;

import java.time.Instant;
import java.util.Optional;

/**
 * Export requests as the Slack webhook accepted them, kept under their id. The event that
 * starts an export carries only that id: whoever can put an event cannot name a requester or
 * a response_url, only a request the webhook already checked and recorded.
 */
public interface ExportRequestRecords {
    /** Keeps {@code request} under its {@code requestId}, for a day from {@code now}; recording it again changes nothing. */
    void record(ExportRequest request, Instant now);

    /** The request recorded under {@code requestId}, if there is one. */
    Optional<ExportRequest> find(String requestId);
}
