package dev.touban.slack.commands;

import dev.touban.domain.heartbeat.Heartbeat;
import dev.touban.domain.heartbeat.HeartbeatMonitor;
import dev.touban.domain.heartbeat.HeartbeatState;
import dev.touban.domain.heartbeat.HeartbeatWatch;
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
        if (!ctx.args().isBlank()) {
            return SlackReply.ephemeral("`/oncall heartbeats` takes no arguments: it lists every heartbeat. Nothing was changed.");
        }
        List<Heartbeat> heartbeats = ctx.config().heartbeats();
        if (heartbeats.isEmpty()) {
            return SlackReply.ephemeral("No heartbeats are configured: list them under a service's `heartbeats` in oncall.yaml.");
        }
        Map<String, HeartbeatState> states = new HashMap<>();
        for (HeartbeatState s : watch.get().states()) {
            states.put(s.serviceId() + "/" + s.name(), s);
        }
        ZoneId zone = ctx.member().timeZone();
        StringBuilder out = new StringBuilder("*Heartbeats*");
        for (Heartbeat h : heartbeats) {
            HeartbeatState state = states.get(h.label());
            HeartbeatMonitor.Status status = HeartbeatMonitor.status(h, state, ctx.now());
            out.append("\n• ").append(icon(status)).append(" *").append(h.label()).append("* (every ").append(minutes(h.interval()))
                    .append(", ").append(minutes(h.grace())).append(" grace): ").append(status.name().toLowerCase(java.util.Locale.ROOT));
            if (state == null || state.lastPingAt() == null) {
                out.append(", no ping yet");
            } else {
                out.append(", last ping ").append(TimeText.at(state.lastPingAt(), zone))
                        .append(" (").append(TimeText.length(Duration.between(state.lastPingAt(), ctx.now()))).append(" ago)");
            }
            if (state != null && state.openIncident() != null) {
                out.append(", incident #").append(state.openIncident());
            }
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

    private static String minutes(Duration d) {
        return d.toMinutes() + " min";
    }
}
