package dev.touban.schedule;

import static dev.touban.domain.text.HtmlText.escape;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.rotation.OnCallLookup;
import dev.touban.domain.rotation.Shift;
import dev.touban.domain.holiday.TeamHolidays;
import dev.touban.domain.maintenance.MaintenanceWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The who-to-call page: who is on call now (with phone numbers for holders of the team's
 * token) and a day-by-day timeline of the coming weeks, overrides and swaps marked, weekends
 * and public holidays shaded. Plain server-rendered HTML and CSS: it must work when Slack is down.
 */
final class SchedulePage {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
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
        StringBuilder html = new StringBuilder(16 * 1024);
        html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"robots\" content=\"noindex\">")
                .append("<title>").append(escape(team.name())).append(" on call</title><style>").append(STYLE).append("</style></head><body>")
                .append("<h1>").append(escape(team.name())).append(" on call</h1>")
                .append("<p class=\"muted\">Times in ").append(escape(zone.getId())).append(". As of ")
                .append(escape(WHEN.format(now.atZone(zone)))).append(".")
                .append("</p>");

        html.append("<h2>On call now</h2><div class=\"now\">");
        Map<Layer, List<Shift>> byLayer = new EnumMap<>(Layer.class);
        LocalDate first = now.atZone(zone).toLocalDate();
        Instant end = first.plusWeeks(weeks).atStartOfDay(zone).toInstant();
        for (Layer layer : Layer.values()) {
            if (team.rotation(layer).isEmpty()) {
                continue;
            }
            byLayer.put(layer, onCall.shifts(team, layer, first.atStartOfDay(zone).toInstant(), end));
            Optional<Shift> current = onCall.onCallAt(team, layer, now);
            html.append("<div class=\"card\"><div class=\"muted\">").append(escape(layer.label())).append("</div>");
            if (current.isEmpty()) {
                html.append("<div class=\"who\">nobody yet</div></div>");
                continue;
            }
            Shift s = current.get();
            Member m = config.member(s.memberId()).orElseThrow();
            html.append("<div class=\"who\">").append(escape(m.name())).append("</div>");
            html.append("<div><a href=\"tel:").append(escape(m.phone())).append("\">").append(escape(m.phone())).append("</a></div>");
            html.append("<div class=\"muted\">until ").append(escape(WHEN.format(s.end().atZone(zone)))).append("</div>");
            if (s.replaced()) {
                html.append("<div class=\"tag\">").append(escape(s.replacement().kind().label())).append(" for ")
                        .append(escape(config.displayName(s.scheduledMemberId()))).append("</div>");
            }
            html.append("</div>");
        }
        html.append("</div>");
        if (!maintenance.isEmpty()) {
            html.append("<h2>In maintenance now</h2><p class=\"muted\">Alerts of these services page nobody until the window ends.</p><ul>");
            for (MaintenanceWindow w : maintenance) {
                html.append("<li><span class=\"change\">").append(escape(config.service(w.serviceId()).map(sv -> sv.name()).orElse(w.serviceId())))
                        .append("</span> until ").append(escape(WHEN.format(w.end().atZone(zone)))).append(" (").append(escape(w.reason()))
                        .append(w.scheduled() ? ", scheduled" : ", started by " + escape(config.displayName(w.by()))).append(")</li>");
            }
            html.append("</ul>");
        }

        html.append("<h2>The next ").append(weeks).append(" weeks</h2><table><thead><tr><th>Day</th>");
        byLayer.keySet().forEach(l -> html.append("<th>").append(escape(l.label())).append("</th>"));
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
                    .append(escape(DAY.format(day))).append(holiday.map(h -> " <span class=\"tag\">" + escape(h) + "</span>").orElse(""))
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
                        html.append("<span class=\"muted\">from ").append(escape(TIME.format(s.start().atZone(zone)))).append("</span> ");
                    }
                    String name = escape(config.displayName(s.memberId()));
                    if (s.replaced()) {
                        html.append("<span class=\"change\">").append(name).append(" <span class=\"tag\">")
                                .append(escape(s.replacement().kind().label())).append(" for ")
                                .append(escape(config.displayName(s.scheduledMemberId()))).append("</span></span>");
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
}
