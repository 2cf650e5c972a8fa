package dev.touban.slack.commands;

import dev.touban.domain.heartbeat.Heartbeat;
import dev.touban.domain.heartbeat.HeartbeatMonitor;
import dev.touban.domain.heartbeat.HeartbeatState;
import dev.touban.domain.heartbeat.HeartbeatWatch;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.slack.SlackReply;
import dev.touban.slack.TimeText;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** {@code /oncall heartbeats}: every heartbeat of oncall.yaml with its last ping and state. One table query. */
public final class HeartbeatsCommand implements SlashCommand {
    private final Supplier<HeartbeatWatch> watch;

    public HeartbeatsCommand(Supplier<HeartbeatWatch> watch) {
        this.watch = watch;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        Language lang = ctx.language();
        if (!ctx.args().isBlank()) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.HEARTBEATS_NO_ARGS));
        }
        List<Heartbeat> heartbeats = ctx.config().heartbeats();
        if (heartbeats.isEmpty()) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.HEARTBEATS_NONE));
        }
        Map<String, HeartbeatState> states = new HashMap<>();
        for (HeartbeatState s : watch.get().states()) {
            states.put(s.serviceId() + "/" + s.name(), s);
        }
        ZoneId zone = ctx.member().timeZone();
        StringBuilder out = new StringBuilder(Messages.say(lang, Msg.HEARTBEATS_TITLE));
        for (Heartbeat h : heartbeats) {
            HeartbeatState state = states.get(h.label());
            HeartbeatMonitor.Status status = HeartbeatMonitor.status(h, state, ctx.now());
            String ping = state == null || state.lastPingAt() == null ? Messages.say(lang, Msg.HEARTBEAT_NO_PING)
                    : Messages.say(lang, Msg.HEARTBEAT_LAST_PING, "time", TimeText.at(state.lastPingAt(), zone, lang),
                            "length", TimeText.length(Duration.between(state.lastPingAt(), ctx.now()), lang));
            String incident = state != null && state.openIncident() != null
                    ? Messages.say(lang, Msg.HEARTBEAT_INCIDENT, "number", state.openIncident()) : "";
            out.append("\n• ").append(Messages.say(lang, Msg.HEARTBEAT_LINE, "icon", icon(status), "label", h.label(),
                    "interval", minutes(h.interval(), lang), "grace", minutes(h.grace(), lang), "status", status(status, lang),
                    "ping", ping, "incident", incident));
        }
        return SlackReply.ephemeral(out.toString());
    }

    private static String icon(HeartbeatMonitor.Status status) {
        return switch (status) {
            case HEALTHY -> ":large_green_circle:";
            case LATE -> ":large_yellow_circle:";
            case MISSED -> ":red_circle:";
            case WAITING -> ":white_circle:";
        };
    }

    private static String status(HeartbeatMonitor.Status status, Language lang) {
        return Messages.say(lang, switch (status) {
            case HEALTHY -> Msg.HEARTBEAT_HEALTHY;
            case LATE -> Msg.HEARTBEAT_LATE;
            case MISSED -> Msg.HEARTBEAT_MISSED;
            case WAITING -> Msg.HEARTBEAT_WAITING;
        });
    }

    private static String minutes(Duration d, Language lang) {
        return Messages.say(lang, Msg.HEARTBEAT_MINUTES, "minutes", d.toMinutes());
    }
}
