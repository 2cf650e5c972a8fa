package dev.touban.schedule;

import static dev.touban.domain.text.HtmlText.escape;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.language.Dates;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.domain.rotation.ChangeKind;
import dev.touban.domain.rotation.OnCallLookup;
import dev.touban.domain.rotation.Shift;
import dev.touban.domain.holiday.TeamHolidays;
import dev.touban.domain.maintenance.MaintenanceWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The who-to-call page: who is on call now (with phone numbers for holders of the team's
 * token) and a day-by-day timeline of the coming weeks, overrides and swaps marked, weekends
 * and public holidays shaded, in the team's language. Plain server-rendered HTML and CSS: it must
 * work when Slack is down.
 */
final class SchedulePage {
    private static final String STYLE = """
            body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:56rem;padding:0 1rem;color:#1d1d1f}
            h1{font-size:1.5rem;margin:0 0 .2rem}h2{font-size:1.1rem;margin:2rem 0 .5rem}
            .now{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #ccd;border-radius:8px;padding:.8rem 1rem;min-width:16rem}
            .card .who{font-size:1.25rem;font-weight:600}.muted{color:#667}
            table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e4e4ea;padding:.3rem .5rem;text-align:left;vertical-align:top}
            tr.weekend td{background:#f3f3f7}tr.holiday td{background:#fdf1e4}tr.today td{font-weight:600}
            .change{background:#fff4c2;border-radius:4px;padding:0 .3rem}.tag{font-size:.8rem;color:#7a5b00}
            a{color:#0b5cad}""";

    private SchedulePage() {}

    /** The page for holders of the team's link, who see the phone numbers of whoever is on call. */
    static String render(OncallConfig config, Team team, OnCallLookup onCall, TeamHolidays holidays, Instant now, int weeks) {
        return render(config, team, onCall, holidays, now, weeks, List.of());
    }

    /** With the team's services in maintenance now ({@code maintenance}) listed under who is on call. */
    static String render(OncallConfig config, Team team, OnCallLookup onCall, TeamHolidays holidays, Instant now, int weeks,
            List<MaintenanceWindow> maintenance) {
        ZoneId zone = team.timeZone();
        Language lang = team.language();
        String title = Messages.say(lang, Msg.PAGE_TITLE, "team", escape(team.name()));
        StringBuilder html = new StringBuilder(16 * 1024);
        html.append("<!doctype html><html lang=\"").append(lang.code()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"robots\" content=\"noindex\">")
                .append("<title>").append(title).append("</title><style>").append(STYLE).append("</style></head><body>")
                .append("<h1>").append(title).append("</h1>")
                .append("<p class=\"muted\">").append(Messages.say(lang, Msg.PAGE_AS_OF, "zone", escape(zone.getId()),
                        "time", escape(Dates.dayAndTime(now.atZone(zone), lang))))
                .append("</p>");

        html.append("<h2>").append(Messages.say(lang, Msg.PAGE_ON_CALL_NOW)).append("</h2><div class=\"now\">");
        Map<Layer, List<Shift>> byLayer = new EnumMap<>(Layer.class);
        LocalDate first = now.atZone(zone).toLocalDate();
        Instant end = first.plusWeeks(weeks).atStartOfDay(zone).toInstant();
        for (Layer layer : Layer.values()) {
            if (team.rotation(layer).isEmpty()) {
                continue;
            }
            byLayer.put(layer, onCall.shifts(team, layer, first.atStartOfDay(zone).toInstant(), end));
            Optional<Shift> current = onCall.onCallAt(team, layer, now);
            html.append("<div class=\"card\"><div class=\"muted\">").append(escape(layer(layer, lang))).append("</div>");
            if (current.isEmpty()) {
                html.append("<div class=\"who\">").append(Messages.say(lang, Msg.PAGE_NOBODY)).append("</div></div>");
                continue;
            }
            Shift s = current.get();
            Member m = config.member(s.memberId()).orElseThrow();
            html.append("<div class=\"who\">").append(escape(m.name())).append("</div>");
            html.append("<div><a href=\"tel:").append(escape(m.phone())).append("\">").append(escape(m.phone())).append("</a></div>");
            html.append("<div class=\"muted\">").append(Messages.say(lang, Msg.PAGE_UNTIL,
                    "time", escape(Dates.dayAndTime(s.end().atZone(zone), lang)))).append("</div>");
            if (s.replaced()) {
                html.append("<div class=\"tag\">").append(insteadOf(config, s, lang)).append("</div>");
            }
            html.append("</div>");
        }
        html.append("</div>");
        if (!maintenance.isEmpty()) {
            html.append("<h2>").append(Messages.say(lang, Msg.PAGE_MAINTENANCE)).append("</h2><p class=\"muted\">")
                    .append(Messages.say(lang, Msg.PAGE_MAINTENANCE_NOTE)).append("</p><ul>");
            for (MaintenanceWindow w : maintenance) {
                String by = w.scheduled() ? Messages.say(lang, Msg.PAGE_WINDOW_SCHEDULED)
                        : Messages.say(lang, Msg.PAGE_WINDOW_STARTED_BY, "name", escape(config.displayName(w.by())));
                html.append("<li><span class=\"change\">").append(escape(config.service(w.serviceId()).map(sv -> sv.name()).orElse(w.serviceId())))
                        .append("</span>").append(Messages.say(lang, Msg.PAGE_WINDOW, "time", escape(Dates.dayAndTime(w.end().atZone(zone), lang)),
                                "reason", escape(w.reason()), "by", by)).append("</li>");
            }
            html.append("</ul>");
        }

        html.append("<h2>").append(Messages.say(lang, Msg.PAGE_NEXT_WEEKS, "weeks", weeks)).append("</h2><table><thead><tr><th>")
                .append(Messages.say(lang, Msg.PAGE_DAY)).append("</th>");
        byLayer.keySet().forEach(l -> html.append("<th>").append(escape(layer(l, lang))).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (LocalDate day = first; day.isBefore(first.plusWeeks(weeks)); day = day.plusDays(1)) {
            Optional<String> holiday = holidays.holiday(team, day);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            List<String> classes = new ArrayList<>();
            if (weekend) {
                classes.add("weekend");
            }
            holiday.ifPresent(h -> classes.add("holiday"));
            if (day.equals(first)) {
                classes.add("today");
            }
            html.append("<tr").append(classes.isEmpty() ? "" : " class=\"" + String.join(" ", classes) + "\"").append("><td>")
                    .append(escape(Dates.day(day, lang))).append(holiday.map(h -> " <span class=\"tag\">" + escape(h) + "</span>").orElse(""))
                    .append("</td>");
            Instant dayStart = day.atStartOfDay(zone).toInstant();
            Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
            for (List<Shift> shifts : byLayer.values()) {
                html.append("<td>");
                boolean firstOfDay = true;
                for (Shift s : shifts) {
                    if (!s.start().isBefore(dayEnd) || !s.end().isAfter(dayStart)) {
                        continue;
                    }
                    if (!firstOfDay) {
                        html.append("<br>");
                    }
                    if (s.start().isAfter(dayStart)) {
                        html.append("<span class=\"muted\">").append(Messages.say(lang, Msg.PAGE_FROM,
                                "time", escape(Dates.time(s.start().atZone(zone))))).append("</span> ");
                    }
                    String name = escape(config.displayName(s.memberId()));
                    if (s.replaced()) {
                        html.append("<span class=\"change\">").append(name).append(" <span class=\"tag\">")
                                .append(insteadOf(config, s, lang)).append("</span></span>");
                    } else {
                        html.append(name);
                    }
                    firstOfDay = false;
                }
                html.append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></body></html>");
        return html.toString();
    }

    /** "override for Alice Sato", escaped. */
    private static String insteadOf(OncallConfig config, Shift s, Language lang) {
        Msg kind = s.replacement().kind() == ChangeKind.OVERRIDE ? Msg.KIND_OVERRIDE : Msg.KIND_SWAP;
        return Messages.say(lang, Msg.PAGE_INSTEAD_OF, "kind", escape(Messages.say(lang, kind)),
                "name", escape(config.displayName(s.scheduledMemberId())));
    }

    private static String layer(Layer layer, Language lang) {
        return Messages.say(lang, layer == Layer.PRIMARY ? Msg.LAYER_PRIMARY : Msg.LAYER_SECONDARY);
    }
}
