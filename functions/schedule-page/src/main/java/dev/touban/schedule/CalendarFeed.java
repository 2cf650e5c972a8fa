package dev.touban.schedule;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.rotation.OnCallLookup;
import dev.touban.domain.rotation.Shift;
import java.time.Duration;
import java.time.Instant;

/** A team's on-call shifts, overrides and swaps applied, from the current shift to three months ahead, as an iCalendar feed. */
final class CalendarFeed {
    static final Duration AHEAD = Duration.ofDays(92);

    private CalendarFeed() {}

    static String render(OncallConfig config, Team team, OnCallLookup onCall, Instant now) {
        IcsWriter ics = new IcsWriter()
                .raw("BEGIN", "VCALENDAR")
                .raw("VERSION", "2.0")
                .raw("PRODID", "-//Touban//On-call schedule//EN")
                .raw("CALSCALE", "GREGORIAN")
                .raw("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", team.name() + " on call")
                .text("X-WR-TIMEZONE", team.timeZone().getId())
                .raw("REFRESH-INTERVAL;VALUE=DURATION", "PT1H")
                .raw("X-PUBLISHED-TTL", "PT1H");
        for (Layer layer : Layer.values()) {
            for (Shift s : onCall.shifts(team, layer, now, now.plus(AHEAD))) {
                String who = config.displayName(s.memberId());
                String summary = "On call (" + layer.label() + "): " + who
                        + (s.replaced() ? " (" + s.replacement().kind().label() + " for " + config.displayName(s.scheduledMemberId()) + ")" : "");
                String description = team.name() + " " + layer.label() + " rotation " + s.rotationId() + ", shift " + s.index() + ".\n"
                        + who + " is on call" + (s.replaced() ? " instead of " + config.displayName(s.scheduledMemberId())
                        + " (" + s.replacement().kind().label() + " " + s.replacement().changeId() + ")" : "") + ".";
                ics.raw("BEGIN", "VEVENT")
                        .text("UID", s.rotationId() + "-" + s.index() + "-" + IcsWriter.utc(s.start()) + "@touban")
                        .time("DTSTAMP", now)
                        .time("DTSTART", s.start())
                        .time("DTEND", s.end())
                        .text("SUMMARY", summary)
                        .text("DESCRIPTION", description)
                        .raw("TRANSP", "TRANSPARENT")
                        .raw("END", "VEVENT");
            }
        }
        return ics.raw("END", "VCALENDAR").toString();
    }
}
