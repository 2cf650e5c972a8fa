package dev.touban.aws.notify;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Service;
import dev.touban.domain.config.Team;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.Link;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.domain.text.SlackText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An incident as a Slack Block Kit message: what, how bad, where from, its state, and the
 * buttons that still make sense (Acknowledge and Escalate now while triggered, Resolve
 * while open). Every button carries the incident number; the interaction handler checks
 * the incident's state itself, so an old message cannot do anything the state forbids.
 * Its words are in the language of the incident's team (the channel it is posted to).
 */
public final class IncidentBlocks {
    public static final String ACKNOWLEDGE = "incident_acknowledge";
    public static final String RESOLVE = "incident_resolve";
    public static final String ESCALATE = "incident_escalate";
    private static final int MAX_LINKS = 5;

    private final OncallConfig config;

    public IncidentBlocks(OncallConfig config) {
        this.config = config;
    }

    /** The service paged, or for a call the team called. */
    private String where(Incident incident, Language lang) {
        Optional<Service> service = config.service(incident.serviceId());
        if (service.isPresent()) {
            return service.get().name();
        }
        Optional<Team> team = config.team(incident.teamId());
        return team.isPresent() ? Messages.say(lang, Msg.BOARD_CALL_FOR, "team", team.get().name()) : incident.teamId();
    }

    /** The language of the incident's message: its team's. */
    public Language language(Incident incident) {
        return config.teamLanguage(incident.teamId());
    }

    /** The notification text (what phones show). */
    public String text(Incident incident, String headline) {
        return icon(incident) + " #" + incident.number() + " " + incident.alert().severity().shown(language(incident))
                + ": " + plain(incident.alert().summary()) + " (" + plain(headline) + ")";
    }

    public List<Map<String, Object>> blocks(Incident incident, String headline) {
        List<Map<String, Object>> blocks = new ArrayList<>();
        Language lang = language(incident);
        String where = where(incident, lang);
        blocks.add(section(icon(incident) + " *#" + incident.number() + " · " + incident.alert().severity().shown(lang)
                + "* · " + escape(where) + "\n*" + escape(incident.alert().summary()) + "*"));
        String context = Messages.say(lang, Msg.BOARD_SOURCE, "source", escape(incident.alert().source()),
                "date", date(incident.triggeredAt().getEpochSecond(), incident.triggeredAt().toString()))
                + (incident.repeats() > 0 ? Messages.say(lang, Msg.BOARD_REPEATED, "count", incident.repeats()) : "");
        blocks.add(context(context));
        blocks.add(section("*" + status(incident, lang) + "* · " + escape(headline)));
        // Only web links become links: an alert's javascript: or data: URL is not shown at all.
        // (a loop, not a stream: every page's message is built here, at the step's cold start)
        List<String> shown = new ArrayList<>();
        for (Link l : incident.alert().links()) {
            if (shown.size() == MAX_LINKS) {
                break;
            }
            if (l.href() != null && l.href().matches("(?i)https?://[^\\s]+")) {
                shown.add("<" + l.href().replace("&", "&amp;").replace("|", "%7C").replace("<", "%3C").replace(">", "%3E") + "|"
                        + escape(l.text() == null || l.text().isBlank() ? l.href() : l.text()) + ">");
            }
        }
        if (!shown.isEmpty()) {
            blocks.add(context(String.join(" · ", shown)));
        }
        List<Map<String, Object>> buttons = new ArrayList<>();
        if (incident.status() == IncidentStatus.TRIGGERED) {
            buttons.add(button(ACKNOWLEDGE, Messages.say(lang, Msg.BUTTON_ACKNOWLEDGE), incident, "primary"));
        }
        if (incident.status().isOpen()) {
            buttons.add(button(RESOLVE, Messages.say(lang, Msg.BUTTON_RESOLVE), incident, "danger"));
        }
        if (incident.escalating()) {
            buttons.add(button(ESCALATE, Messages.say(lang, Msg.BUTTON_ESCALATE), incident, null));
        }
        if (!buttons.isEmpty()) {
            Map<String, Object> actions = new LinkedHashMap<>();
            actions.put("type", "actions");
            actions.put("block_id", "incident-" + incident.number());
            actions.put("elements", buttons);
            blocks.add(actions);
        }
        return blocks;
    }

    private static String status(Incident i, Language lang) {
        return switch (i.status()) {
            case TRIGGERED -> Messages.say(lang, Msg.BOARD_TRIGGERED);
            case ACKNOWLEDGED -> Messages.say(lang, Msg.BOARD_ACKNOWLEDGED_BY, "name", escape(i.acknowledgedBy().name()));
            case RESOLVED -> Messages.say(lang, Msg.BOARD_RESOLVED_BY, "name", escape(i.resolvedBy().name()));
        };
    }

    private static String icon(Incident i) {
        return switch (i.status()) {
            case TRIGGERED -> ":rotating_light:";
            case ACKNOWLEDGED -> ":eyes:";
            case RESOLVED -> ":white_check_mark:";
        };
    }

    private static Map<String, Object> button(String actionId, String label, Incident incident, String style) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("type", "button");
        b.put("action_id", actionId);
        b.put("text", Map.of("type", "plain_text", "text", label));
        b.put("value", Long.toString(incident.number()));
        if (style != null) {
            b.put("style", style);
        }
        return b;
    }

    private static Map<String, Object> section(String mrkdwn) {
        return Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", mrkdwn));
    }

    private static Map<String, Object> context(String mrkdwn) {
        return Map.of("type", "context", "elements", List.of(Map.of("type", "mrkdwn", "text", mrkdwn)));
    }

    private static String date(long epochSecond, String fallback) {
        return "<!date^" + epochSecond + "^{date_short_pretty} {time}|" + fallback + ">";
    }

    /** Slack mrkdwn, through the one escaper of that format. */
    public static String escape(String s) {
        return SlackText.escape(s);
    }

    /** One line of inert mrkdwn: the notification text has no room for line breaks. */
    private static String plain(String s) {
        return escape(s).replaceAll("\\s+", " ").strip();
    }
}
