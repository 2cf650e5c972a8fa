package dev.touban.sync;

import dev.touban.aws.slack.SlackWebApi;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.Team;
import dev.touban.domain.export.ExportMonth;
import dev.touban.domain.export.ExportRequest;
import dev.touban.domain.export.ExportRequestRecords;
import dev.touban.domain.language.Dates;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.domain.slack.ResponseUrl;
import dev.touban.domain.text.SlackText;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs exports for the two events the function gets. An "Export requested" event (from
 * {@code /oncall export}) names only the id of a request the webhook recorded; the request is
 * read back and checked again here (response_url, team, admin, month), exported, and answered
 * through its response_url; its failures are answered too, not retried, so Slack hears once.
 * The monthly schedule exports the previous month (in the schedule's time zone) for every
 * team and fails loudly if any team failed, so the invocation is retried; re-running a month
 * is safe because storing it replaces it.
 */
public final class ExportJob {
    public static final String SOURCE = "touban.slack";
    public static final String DETAIL_TYPE = "Export requested";
    public static final String MONTHLY = "monthly-export";
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9:_-]{1,100}");

    private final SpreadsheetSync sync;
    private final SlackWebApi slack;
    private final ResponseUrl responseUrls;
    private final ExportRequestRecords requests;

    /**
     * Requests are read from {@code requests}; answers go only where {@code responseUrls}
     * allows: Slack's own, or a local recorder the caller names.
     */
    public ExportJob(SpreadsheetSync sync, SlackWebApi slack, ResponseUrl responseUrls, ExportRequestRecords requests) {
        this.sync = sync;
        this.slack = slack;
        this.responseUrls = responseUrls;
        this.requests = requests;
    }

    public Map<String, Object> handle(Map<String, Object> event, Instant now) {
        if (DETAIL_TYPE.equals(event.get("detail-type")) && SOURCE.equals(event.get("source"))
                && event.get("detail") instanceof Map<?, ?> detail) {
            return requested(detail, now);
        }
        if (MONTHLY.equals(event.get("action"))) {
            return monthly(event, now);
        }
        return rejected("not an export event: expected source " + SOURCE + " with detail-type '" + DETAIL_TYPE
                + "', or the schedule's {\"action\":\"" + MONTHLY + "\"}");
    }

    /** The event that asks for the recorded request {@code requestId}: what the webhook puts on the bus. */
    public static Map<String, Object> requestedEvent(String requestId) {
        return Map.of("source", SOURCE, "detail-type", DETAIL_TYPE, "detail", Map.of("requestId", requestId));
    }

    private Map<String, Object> run(ExportRequest request, Instant now) {
        if (!responseUrls.allows(request.responseUrl())) {
            return rejected("the request has no usable response_url");
        }
        Team team = sync.config().team(request.teamId()).orElse(null);
        Member member = sync.config().member(request.requestedBy()).orElse(null);
        // The answer is the requester's alone: their language, else their team's (English outside the roster).
        Language lang = member != null ? sync.config().language(member) : sync.config().teamLanguage(request.teamId());
        if (team == null) {
            return answer(request, lang, Msg.EXPORT_JOB_TEAM_UNKNOWN, "team", SlackText.escape(request.teamId()));
        }
        if (member == null || !team.isAdmin(member.id())) {
            return answer(request, lang, Msg.EXPORT_JOB_ADMINS_ONLY, "team", SlackText.escape(team.name()));
        }
        if (!(ExportMonth.parse(String.valueOf(request.month()), now, team.timeZone()) instanceof ExportMonth.Parsed.Month)) {
            return answer(request, lang, Msg.EXPORT_JOB_NOT_YET, "month", Dates.month(request.month(), lang));
        }
        try {
            ExportResult result = sync.export(team, request.month(), now);
            slack.respond(request.responseUrl(), message(ExportMessage.done(result, sync.config(), lang)));
            return done(List.of(summary(result)));
        } catch (RuntimeException e) {
            System.err.println("export " + request.teamId() + " " + request.month() + " (" + request.requestId() + ") failed: " + e);
            slack.respond(request.responseUrl(), message(Messages.say(lang, Msg.EXPORT_JOB_FAILED, "month", Dates.month(request.month(), lang),
                    "team", SlackText.escape(team.name()), "error", SlackText.escape(e.getMessage()),
                    "command", "/oncall export " + request.month())));
            return Map.of("status", "failed", "reason", String.valueOf(e.getMessage()));
        }
    }

    private Map<String, Object> requested(Map<?, ?> detail, Instant now) {
        if (!(detail.get("requestId") instanceof String id) || !REQUEST_ID.matcher(id).matches()) {
            return rejected("detail.requestId is missing or malformed: an export event names a request the Slack webhook recorded");
        }
        return requests.find(id).map(request -> run(request, now))
                .orElseGet(() -> rejected("no export request " + id + " is recorded (unknown, or older than a day)"));
    }

    private Map<String, Object> monthly(Map<String, Object> event, Instant now) {
        Instant scheduled = now;
        if (event.get("scheduledTime") instanceof String s) {
            try {
                scheduled = Instant.parse(s);
            } catch (DateTimeParseException e) {
                return rejected("scheduledTime '" + s + "' is not an ISO instant");
            }
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(event.get("timeZone") instanceof String z ? z : "UTC");
        } catch (RuntimeException e) {
            return rejected("timeZone '" + event.get("timeZone") + "' is not an IANA time zone");
        }
        YearMonth month = ExportMonth.previous(scheduled, zone);
        List<Map<String, Object>> exports = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Team team : sync.config().teams()) {
            try {
                exports.add(summary(sync.export(team, month, now)));
            } catch (RuntimeException e) {
                failures.add(team.id() + ": " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("monthly export of " + month + " failed for " + failures);
        }
        return done(exports);
    }

    /** Answers the requester in {@code lang} and returns the rejection as the function's result (in English, for the logs). */
    private Map<String, Object> answer(ExportRequest request, Language lang, Msg msg, Object... args) {
        slack.respond(request.responseUrl(), message(":no_entry: " + Messages.say(lang, msg, args)));
        return rejected(Messages.say(Language.EN, msg, args));
    }

    private static Map<String, Object> message(String text) {
        return Map.of("response_type", "ephemeral", "replace_original", false, "text", text);
    }

    private static Map<String, Object> summary(ExportResult r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("team", r.report().teamId());
        s.put("month", r.report().month().toString());
        s.put("partial", r.report().partial());
        s.put("location", r.stored().location());
        s.put("files", r.stored().keys());
        if (r.googleSheetUrl() != null) {
            s.put("googleSheet", r.googleSheetUrl());
        }
        return s;
    }

    private static Map<String, Object> done(List<Map<String, Object>> exports) {
        return Map.of("status", "exported", "exports", exports);
    }

    private static Map<String, Object> rejected(String reason) {
        return Map.of("status", "rejected", "reason", reason);
    }

    private static String text(Object o) {
        return o instanceof String s && !s.isBlank() ? s : null;
    }
}
