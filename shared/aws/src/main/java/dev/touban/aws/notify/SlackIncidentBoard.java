package dev.touban.aws.notify;

import dev.touban.aws.slack.SlackWebApi;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.escalation.IncidentBoard;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keeps Slack in step with an incident: the first time, posts it in the team's channel;
 * every time, edits every message the incident has sent (the channel post and each direct
 * message) so buttons and status never go stale. Edits that fail are reported together
 * after the rest were tried.
 */
public final class SlackIncidentBoard implements IncidentBoard {
    private final Supplier<SlackWebApi> slack;
    private final IncidentStore store;
    private final OncallConfig config;
    private final IncidentBlocks blocks;

    public SlackIncidentBoard(Supplier<SlackWebApi> slack, IncidentStore store, OncallConfig config, IncidentBlocks blocks) {
        this.slack = slack;
        this.store = store;
        this.config = config;
        this.blocks = blocks;
    }

    @Override
    public void show(Incident incident, String headline) {
        Map<String, String> messages = store.slackMessages(incident.number());
        String text = blocks.text(incident, headline);
        var content = blocks.blocks(incident, headline);
        Optional<Team> team = config.team(incident.teamId());
        String teamChannel = team.isPresent() ? team.get().slackChannel() : null;
        List<String> failures = new ArrayList<>();
        if (teamChannel != null && !messages.containsKey(teamChannel)) {
            try {
                String ts = slack.get().postMessage(teamChannel, text, content);
                store.rememberSlackMessage(incident.number(), teamChannel, ts);
            } catch (RuntimeException e) {
                failures.add(teamChannel + ": " + e.getMessage());
            }
        }
        for (Map.Entry<String, String> message : messages.entrySet()) {
            try {
                slack.get().updateMessage(message.getKey(), message.getValue(), text, content);
            } catch (RuntimeException e) {
                failures.add(message.getKey() + ": " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Slack update failed for " + String.join("; ", failures));
        }
    }
}
