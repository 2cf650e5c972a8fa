package dev.touban.handoff;

import dev.touban.domain.attendance.AttendanceRecord;
import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.handoff.Handoff;
import dev.touban.domain.incident.IncidentSummary;
import dev.touban.domain.maintenance.MaintenanceWindow;
import dev.touban.domain.rotation.Shift;
import dev.touban.domain.text.SlackText;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words of a handoff, for each place it goes: Slack (text and blocks), SNS (plain text),
 * EventBridge (an {@code OnCallShiftStarted} detail). Names and Slack ids only: no phone
 * numbers or emails, which would end up in other systems' logs. {@code clocked} is the
 * attendance of this layer's last shift ({@link Handoff#lastShiftAttendance}), not the team's.
 * Text from outside (names, incident titles) enters Slack's mrkdwn only through {@link SlackText}.
 */
record HandoffReport(OncallConfig config, Handoff handoff, List<IncidentSummary> incidents, List<AttendanceRecord> clocked,
        List<MaintenanceWindow> maintenance) {

    HandoffReport(OncallConfig config, Handoff handoff, List<IncidentSummary> incidents, List<AttendanceRecord> clocked) {
        this(config, handoff, incidents, clocked, List.of());
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm z", Locale.ENGLISH);

    ZoneId zone() {
        return handoff.team().timeZone();
    }

    String title() {
        return handoff.team().name() + " " + handoff.rotation().layer().label() + " handoff: "
                + config.displayName(handoff.current().memberId()) + " on call from " + at(handoff.starting().start());
    }

    String slackText() {
        List<String> lines = new ArrayList<>();
        lines.add(":arrows_counterclockwise: *" + mrkdwn(handoff.team().name()) + " " + handoff.rotation().layer().label() + " handoff*, "
                + at(handoff.starting().start()));
        lines.add(onNowLine(true));
        nextLine(true).ifPresent(lines::add);
        lines.add(lastShiftLine(true));
        maintenanceLine(true).ifPresent(lines::add);
        return String.join("\n", lines);
    }

    List<Map<String, Object>> slackBlocks() {
        List<Map<String, Object>> blocks = new ArrayList<>();
        blocks.add(Map.of("type", "header", "text", Map.of("type", "plain_text",
                "text", handoff.team().name() + " " + handoff.rotation().layer().label() + " handoff")));
        blocks.add(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", onNowLine(true))));
        nextLine(true).ifPresent(next -> blocks.add(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", next))));
        blocks.add(Map.of("type", "context", "elements", List.of(Map.of("type", "mrkdwn", "text", lastShiftLine(true)))));
        maintenanceLine(true).ifPresent(line -> blocks.add(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", line))));
        return blocks;
    }

    String plainText() {
        List<String> lines = new ArrayList<>();
        lines.add(title());
        lines.add(onNowLine(false));
        nextLine(false).ifPresent(lines::add);
        lines.add(lastShiftLine(false));
        maintenanceLine(false).ifPresent(lines::add);
        return String.join("\n", lines);
    }

    Map<String, Object> eventDetail() {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("team", handoff.team().id());
        detail.put("rotation", handoff.rotation().id());
        detail.put("layer", handoff.rotation().layer().label());
        detail.put("shift", handoff.starting().index());
        detail.put("start", handoff.starting().start().toString());
        detail.put("end", handoff.starting().end().toString());
        detail.put("memberId", handoff.current().memberId());
        detail.put("slackUserId", slackId(handoff.current().memberId()));
        detail.put("scheduledMemberId", handoff.starting().memberId());
        if (handoff.current().replaced()) {
            detail.put("changeId", handoff.current().replacement().changeId());
        }
        handoff.next().ifPresent(n -> {
            Map<String, Object> next = new LinkedHashMap<>();
            next.put("memberId", n.memberId());
            next.put("start", n.start().toString());
            detail.put("next", next);
        });
        handoff.previous().ifPresent(p -> {
            Map<String, Object> previous = new LinkedHashMap<>();
            previous.put("memberId", p.memberId());
            previous.put("start", p.start().toString());
            previous.put("end", p.end().toString());
            previous.put("incidents", incidents.size());
            previous.put("clockedSeconds", clockedTotal().toSeconds());
            detail.put("previous", previous);
        });
        return detail;
    }

    private String onNowLine(boolean slack) {
        List<String> parts = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            Shift s = handoff.onNow().get(layer);
            if (s != null) {
                String part = layer.label() + " " + who(s.memberId(), slack) + " until " + at(s.end());
                if (s.replaced()) {
                    part += " (" + s.replacement().kind().label() + " for " + name(s.scheduledMemberId(), slack) + ")";
                }
                parts.add(part);
            }
        }
        return "On call now: " + String.join("; ", parts);
    }

    private java.util.Optional<String> nextLine(boolean slack) {
        return handoff.next().map(n -> "Next: " + who(n.memberId(), slack) + " from " + at(n.start()));
    }

    private String lastShiftLine(boolean slack) {
        if (handoff.previous().isEmpty()) {
            return "First shift of this rotation.";
        }
        Shift p = handoff.previous().get();
        List<String> titles = new ArrayList<>();
        for (IncidentSummary i : incidents) {
            titles.add((slack ? mrkdwn(i.title()) : i.title()) + (i.resolved() ? "" : ", open"));
        }
        String incidentText = incidents.isEmpty() ? "no incidents"
                : incidents.size() + " incident" + (incidents.size() == 1 ? "" : "s") + " (" + String.join(", ", titles) + ")";
        Map<String, Duration> byMember = new LinkedHashMap<>();
        clocked.forEach(r -> byMember.merge(r.memberId(), r.duration(), Duration::plus));
        List<String> hours = new ArrayList<>();
        byMember.forEach((member, d) -> hours.add(name(member, slack) + " " + length(d)));
        String clockedText = byMember.isEmpty() ? "no hours clocked"
                : "clocked " + length(clockedTotal()) + " (" + String.join(", ", hours) + ")";
        return "Last shift (" + name(p.memberId(), slack) + ", " + at(p.start()) + " → " + at(p.end()) + "): "
                + incidentText + "; " + clockedText + ".";
    }

    Duration clockedTotal() {
        return clocked.stream().map(AttendanceRecord::duration).reduce(Duration.ZERO, Duration::plus);
    }

    private String who(String memberId, boolean slack) {
        return slack ? "*" + name(memberId, true) + "* (<@" + slackId(memberId) + ">)" : name(memberId, false);
    }

    private String name(String memberId, boolean slack) {
        String name = config.displayName(memberId);
        return slack ? mrkdwn(name) : name;
    }

    /** The team's services in maintenance as the shift starts: their pages are held until the window ends. */
    Optional<String> maintenanceLine(boolean slack) {
        if (maintenance.isEmpty()) {
            return Optional.empty();
        }
        List<String> windows = new ArrayList<>();
        for (MaintenanceWindow w : maintenance) {
            String service = config.service(w.serviceId()).map(s -> s.name()).orElse(w.serviceId());
            String reason = w.reason() + (w.scheduled() ? ", scheduled" : ", started by " + config.displayName(w.by()));
            windows.add((slack ? "*" + mrkdwn(service) + "*" : service) + " until " + at(w.end()) + " (" + (slack ? mrkdwn(reason) : reason) + ")");
        }
        return Optional.of((slack ? ":construction: " : "") + "In maintenance (pages held until the window ends): " + String.join("; ", windows));
    }

    private static String mrkdwn(String outside) {
        return SlackText.escape(outside);
    }

    String slackId(String memberId) {
        return config.member(memberId).map(Member::slackUserId).orElse("?");
    }

    private String at(Instant t) {
        return WHEN.format(t.atZone(zone()));
    }

    private static String length(Duration d) {
        long minutes = d.toMinutes();
        return (minutes / 60) + "h " + (minutes % 60) + "m";
    }
}
