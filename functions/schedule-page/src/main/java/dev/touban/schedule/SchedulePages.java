package dev.touban.schedule;

import dev.touban.aws.http.HttpRequest;
import dev.touban.aws.http.HttpResponse;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.links.TeamToken;
import dev.touban.domain.rotation.OnCallLookup;
import dev.touban.domain.holiday.TeamHolidays;
import dev.touban.domain.maintenance.Maintenance;
import dev.touban.domain.maintenance.MaintenanceWindow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /calendar/{team}.ics?token=...} and {@code GET /schedule/{team}?token=...[&weeks=N]}.
 * Both need the team's link token ({@link TeamToken}, of the team's current {@code linkEpoch}).
 * An unknown team and a missing, wrong, stale or oversized token get the same 404 and body,
 * so the answer tells nobody which teams exist. Reads only: nothing is ever written.
 */
public final class SchedulePages {
    public static final int DEFAULT_WEEKS = 6;
    public static final int MAX_WEEKS = 26;
    /** What an unknown team and a bad token both get. */
    static final String NOT_FOUND = "Not found. Open the link bin/team-link printed for your team; an old link stops working when its team's linkEpoch is raised.";
    private static final Pattern CALENDAR = Pattern.compile("/calendar/([a-z0-9][a-z0-9._-]{0,63})\\.ics");
    private static final Pattern PAGE = Pattern.compile("/schedule/([a-z0-9][a-z0-9._-]{0,63})/?");

    private final OncallConfig config;
    private final OnCallLookup onCall;
    private final TeamToken tokens;
    private final TeamHolidays holidays;
    private final Maintenance maintenance;

    public SchedulePages(OncallConfig config, OnCallLookup onCall, TeamToken tokens, TeamHolidays holidays) {
        this(config, onCall, tokens, holidays, null);
    }

    /** With the team's services in maintenance shown on the page ({@code maintenance} null: not shown). */
    public SchedulePages(OncallConfig config, OnCallLookup onCall, TeamToken tokens, TeamHolidays holidays, Maintenance maintenance) {
        this.maintenance = maintenance;
        this.config = config;
        this.onCall = onCall;
        this.tokens = tokens;
        this.holidays = holidays;
    }

    public HttpResponse handle(HttpRequest request, Instant now) {
        Matcher calendar = CALENDAR.matcher(request.path());
        Matcher page = PAGE.matcher(request.path());
        if (!calendar.matches() && !page.matches()) {
            return text(404, "Not found. The calendar feed is at /calendar/{team}.ics?token=... and the schedule at /schedule/{team}?token=....");
        }
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return text(405, "Only GET is supported here.");
        }
        String teamId = calendar.matches() ? calendar.group(1) : page.group(1);
        Optional<Team> team = config.team(teamId);
        // an unknown team is checked as if it were of epoch 1, so both refusals cost the same
        boolean opens = tokens.matches(teamId, team.map(Team::linkEpoch).orElse(1), request.query().get("token"));
        if (team.isEmpty() || !opens) {
            return text(404, NOT_FOUND);
        }
        if (calendar.matches()) {
            return withHeaders(200, "text/calendar; charset=utf-8", "private, max-age=900",
                    CalendarFeed.render(config, team.get(), onCall, now));
        }
        int weeks = DEFAULT_WEEKS;
        String w = request.query().get("weeks");
        if (w != null) {
            if (!w.matches("[0-9]{1,3}") || Integer.parseInt(w) < 1 || Integer.parseInt(w) > MAX_WEEKS) {
                return text(400, "weeks must be a whole number from 1 to " + MAX_WEEKS + ".");
            }
            weeks = Integer.parseInt(w);
        }
        return HttpResponse.page(200, "no-store",
                SchedulePage.render(config, team.get(), onCall, holidays, now, weeks, maintenance(team.get().id(), now)), null);
    }

    private List<MaintenanceWindow> maintenance(String teamId, Instant now) {
        if (maintenance == null) {
            return List.of();
        }
        return maintenance.activeAll(now).stream()
                .filter(w -> config.service(w.serviceId()).flatMap(s -> config.policy(s.policyId())).map(p -> p.teamId().equals(teamId)).orElse(false))
                .toList();
    }

    private static HttpResponse text(int status, String message) {
        return withHeaders(status, "text/plain; charset=utf-8", "no-store", message);
    }

    private static HttpResponse withHeaders(int status, String type, String cache, String body) {
        // the token rides in the URL: never send it on as a referrer, never cache what it unlocks
        Map<String, String> headers = new java.util.LinkedHashMap<>(Map.of("referrer-policy", "no-referrer", "x-robots-tag", "noindex",
                "x-content-type-options", "nosniff"));
        headers.put("content-type", type);
        headers.put("cache-control", cache);
        return new HttpResponse(status, headers, body);
    }
}
