package dev.touban.domain.export;

import java.time.YearMonth;

/**
 * A person's request, from Slack, to export a team's month: who asked (member id), where the
 * answer goes ({@code responseUrl}), and the id of the Slack request, which names it in logs.
 */
public record ExportRequest(String teamId, YearMonth month, String requestedBy, String responseUrl, String requestId) {}
