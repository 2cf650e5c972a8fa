package dev.touban.handoff;

import dev.touban.domain.attendance.AttendanceRecord;
import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.handoff.Handoff;
import dev.touban.domain.incident.IncidentSummary;
import dev.touban.domain.language.Dates;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.domain.maintenance.MaintenanceWindow;
import dev.touban.domain.rotation.ChangeKind;
import dev.touban.domain.rotation.Shift;
import dev.touban.domain.text.SlackText;
import dev.touban.domain.text.SnsSubject;
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
 * The Slack post and the SNS text are in the team's language; the SNS subject stays English
 * (SNS wants it ASCII).
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

    /** The SNS subject: English whatever the team reads, as SNS wants subjects in ASCII. */
    String title() {
        return title(Language.EN);
    }

    private String title(Language lang) {
        return Messages.say(lang, Msg.HANDOFF_SNS_TITLE, "team", handoff.team().name(), "layer", layer(handoff.rotation().layer(), lang),
                "who", config.displayName(handoff.current().memberId()), "time", at(handoff.starting().start(), lang));
    }

    /** The SNS subject: {@link #title()} in printable ASCII, a name SNS cannot show replaced by the member's id. */
    String subject() {
        String member = handoff.current().memberId();
        return SnsSubject.of(handoff.team().name() + " " + handoff.rotation().layer().label() + " handoff: "
                + SnsSubject.name(config.displayName(member), member) + " on call from " + at(handoff.starting().start()));
    }

    String slackText() {
        List<String> lines = new ArrayList<>();
        Language lang = lang();
        lines.add(Messages.say(lang, Msg.HANDOFF_HEADING, "team", mrkdwn(handoff.team().name()), "layer", layer(handoff.rotation().layer(), lang),
                "time", at(handoff.starting().start(), lang)));
        lines.add(onNowLine(true));
        nextLine(true).ifPresent(lines::add);
        lines.add(lastShiftLine(true));
        maintenanceLine(true).ifPresent(lines::add);
        return String.join("\n", lines);
    }

    List<Map<String, Object>> slackBlocks() {
        List<Map<String, Object>> blocks = new ArrayList<>();
        blocks.add(Map.of("type", "header", "text", Map.of("type", "plain_text",
                "text", Messages.say(lang(), Msg.HANDOFF_HEADER, "team", handoff.team().name(),
                        "layer", layer(handoff.rotation().layer(), lang())))));
        blocks.add(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", onNowLine(true))));
        nextLine(true).ifPresent(next -> blocks.add(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", next))));
        blocks.add(Map.of("type", "context", "elements", List.of(Map.of("type", "mrkdwn", "text", lastShiftLine(true)))));
        maintenanceLine(true).ifPresent(line -> blocks.add(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", line))));
        return blocks;
    }

    String plainText() {
        List<String> lines = new ArrayList<>();
        lines.add(title(lang()));
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
        Language lang = lang();
        List<String> parts = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            Shift s = handoff.onNow().get(layer);
            if (s != null) {
                String part = Messages.say(lang, Msg.HANDOFF_ON_NOW_PART, "layer", layer(layer, lang), "who", who(s.memberId(), slack),
                        "time", at(s.end(), lang));
                if (s.replaced()) {
                    part += Messages.say(lang, Msg.HANDOFF_INSTEAD_OF, "kind", Messages.say(lang,
                            s.replacement().kind() == ChangeKind.OVERRIDE ? Msg.KIND_OVERRIDE : Msg.KIND_SWAP),
                            "name", name(s.scheduledMemberId(), slack));
                }
                parts.add(part);
            }
        }
        return Messages.say(lang, Msg.HANDOFF_ON_NOW, "parts", String.join("; ", parts));
    }

    private java.util.Optional<String> nextLine(boolean slack) {
        Language lang = lang();
        return handoff.next().map(n -> Messages.say(lang, Msg.HANDOFF_NEXT, "who", who(n.memberId(), slack), "time", at(n.start(), lang)));
    }

    private String lastShiftLine(boolean slack) {
        Language lang = lang();
        if (handoff.previous().isEmpty()) {
            return Messages.say(lang, Msg.HANDOFF_FIRST);
        }
        Shift p = handoff.previous().get();
        List<String> titles = new ArrayList<>();
        for (IncidentSummary i : incidents) {
            titles.add((slack ? mrkdwn(i.title()) : i.title()) + (i.resolved() ? "" : Messages.say(lang, Msg.HANDOFF_OPEN)));
        }
        String incidentText = incidents.isEmpty() ? Messages.say(lang, Msg.HANDOFF_NO_INCIDENTS)
                : Messages.say(lang, incidents.size() == 1 ? Msg.HANDOFF_ONE_INCIDENT : Msg.HANDOFF_INCIDENTS,
                        "count", incidents.size(), "titles", String.join(", ", titles));
        Map<String, Duration> byMember = new LinkedHashMap<>();
        clocked.forEach(r -> byMember.merge(r.memberId(), r.duration(), Duration::plus));
        List<String> hours = new ArrayList<>();
        byMember.forEach((member, d) -> hours.add(name(member, slack) + " " + length(d, lang)));
        String clockedText = byMember.isEmpty() ? Messages.say(lang, Msg.HANDOFF_NO_HOURS)
                : Messages.say(lang, Msg.HANDOFF_CLOCKED, "length", length(clockedTotal(), lang), "hours", String.join(", ", hours));
        return Messages.say(lang, Msg.HANDOFF_LAST, "name", name(p.memberId(), slack), "from", at(p.start(), lang), "to", at(p.end(), lang),
                "incidents", incidentText, "clocked", clockedText);
    }

    /** The Slack post and the SNS text read in the team's language (the SNS subject is {@link #title()}). */
    private Language lang() {
        return handoff.team().language();
    }

    private static String layer(Layer layer, Language lang) {
        return Messages.say(lang, layer == Layer.PRIMARY ? Msg.LAYER_PRIMARY : Msg.LAYER_SECONDARY);
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
        Language lang = lang();
        List<String> windows = new ArrayList<>();
        for (MaintenanceWindow w : maintenance) {
            String service = config.service(w.serviceId()).map(s -> s.name()).orElse(w.serviceId());
            String by = w.scheduled() ? Messages.say(lang, Msg.PAGE_WINDOW_SCHEDULED)
                    : Messages.say(lang, Msg.PAGE_WINDOW_STARTED_BY, "name", config.displayName(w.by()));
            String reason = Messages.say(lang, Msg.HANDOFF_REASON, "reason", w.reason(), "by", by);
            windows.add(Messages.say(lang, Msg.HANDOFF_WINDOW, "service", slack ? "*" + mrkdwn(service) + "*" : service,
                    "time", at(w.end(), lang), "reason", slack ? mrkdwn(reason) : reason));
        }
        return Optional.of((slack ? ":construction: " : "") + Messages.say(lang, Msg.HANDOFF_MAINTENANCE, "windows", String.join("; ", windows)));
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

    /** English as before; Japanese {@code 12月7日(月) 10:00}, the zone named only outside Japan. */
    private String at(Instant t, Language lang) {
        if (lang != Language.JA) {
            return at(t);
        }
        String local = Dates.dayAndTime(t.atZone(zone()), lang);
        return zone().getId().equals("Asia/Tokyo") ? local : local + " " + zone().getId();
    }

    private static String length(Duration d, Language lang) {
        long minutes = d.toMinutes();
        return Messages.say(lang, Msg.HANDOFF_LENGTH, "hours", minutes / 60, "minutes", minutes % 60);
    }
}
