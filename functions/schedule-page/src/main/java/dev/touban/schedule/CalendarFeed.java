package dev.touban.schedule;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.domain.rotation.ChangeKind;
import dev.touban.domain.rotation.OnCallLookup;
import dev.touban.domain.rotation.Shift;
import java.time.Duration;
import java.time.Instant;

/**
 * A team's on-call shifts, overrides and swaps applied, from the current shift to three months
 * ahead, as an iCalendar feed, in the team's language. Catalogue texts and names go in as they
 * are: {@link IcsWriter#text} escapes each whole TEXT value where it is written.
 */
final class CalendarFeed {
    static final Duration AHEAD = Duration.ofDays(92);

    private CalendarFeed() {}

    static String render(OncallConfig config, Team team, OnCallLookup onCall, Instant now) {
        Language lang = team.language();
        IcsWriter ics = new IcsWriter()
                .raw("BEGIN", "VCALENDAR")
                .raw("VERSION", "2.0")
                .raw("PRODID", "-//Touban//On-call schedule//EN")
                .raw("CALSCALE", "GREGORIAN")
                .raw("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", Messages.say(lang, Msg.CALENDAR_NAME, "team", team.name()))
                .text("X-WR-TIMEZONE", team.timeZone().getId())
                .raw("REFRESH-INTERVAL;VALUE=DURATION", "PT1H")
                .raw("X-PUBLISHED-TTL", "PT1H");
        for (Layer layer : Layer.values()) {
            String layerName = Messages.say(lang, layer == Layer.PRIMARY ? Msg.LAYER_PRIMARY : Msg.LAYER_SECONDARY);
            for (Shift s : onCall.shifts(team, layer, now, now.plus(AHEAD))) {
                String who = config.displayName(s.memberId());
                String summary;
                String instead = "";
                if (s.replaced()) {
                    String kind = Messages.say(lang, s.replacement().kind() == ChangeKind.OVERRIDE ? Msg.KIND_OVERRIDE : Msg.KIND_SWAP);
                    String scheduled = config.displayName(s.scheduledMemberId());
                    summary = Messages.say(lang, Msg.CALENDAR_SUMMARY_REPLACED, "layer", layerName, "who", who, "kind", kind, "name", scheduled);
                    instead = Messages.say(lang, Msg.CALENDAR_INSTEAD_OF, "name", scheduled, "kind", kind, "id", s.replacement().changeId());
                } else {
                    summary = Messages.say(lang, Msg.CALENDAR_SUMMARY, "layer", layerName, "who", who);
                }
                String description = Messages.say(lang, Msg.CALENDAR_DESCRIPTION, "team", team.name(), "layer", layerName,
                        "rotation", s.rotationId(), "index", s.index(), "who", who, "instead", instead);
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
