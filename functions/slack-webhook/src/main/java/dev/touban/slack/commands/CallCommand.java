package dev.touban.slack.commands;

import static dev.touban.domain.text.SlackText.escape;

import dev.touban.domain.config.Team;
import dev.touban.domain.escalation.EscalationPolicy;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.incident.IncidentStore.TriggerOutcome;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.slack.SlackReply;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code /oncall call [team] <what is broken>} ("touban call"): opens an incident for the
 * caller's team (or the team named first) and pages it through the team's default policy.
 * The Slack request key is the dedup key, so a Slack retry of the same command opens nothing new.
 */
public final class CallCommand implements SlashCommand {
    public static final String SCOPE_PREFIX = "call-";

    private final Supplier<IncidentDesk> desk;

    public CallCommand(Supplier<IncidentDesk> desk) {
        this.desk = desk;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        String text = ctx.args().strip();
        Team team = ctx.team();
        int space = text.indexOf(' ');
        if (space > 0) {
            Optional<Team> named = ctx.config().team(text.substring(0, space));
            if (named.isPresent()) {
                team = named.get();
                text = text.substring(space + 1).strip();
            }
        }
        Language lang = ctx.language();
        if (text.isEmpty()) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.CALL_WHAT));
        }
        if (text.length() > Alert.MAX_SUMMARY) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.CALL_TOO_LONG, "length", text.length(), "max", Alert.MAX_SUMMARY));
        }
        Optional<EscalationPolicy> policy = ctx.config().defaultPolicy(team.id());
        if (policy.isEmpty()) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.CALL_NO_POLICY, "team", team.name()));
        }
        Alert alert = new Alert(text, "Slack: " + ctx.member().name(), Severity.CRITICAL, null, null, "touban call", null, ctx.now(),
                "Slack", null, java.util.List.of());
        TriggerOutcome outcome = desk.get().trigger(new NewIncident(SCOPE_PREFIX + team.id(), ctx.requestKey(), null, team.id(),
                policy.get().id(), alert), ctx.now());
        // Said in the channel the command was typed in: the caller's team's language.
        return SlackReply.inChannel(Messages.say(ctx.channelLanguage(), Msg.CALL_PAGING, "slack", ctx.member().slackUserId(),
                "team", escape(team.name()), "what", escape(text), "number", outcome.incident().number()));
    }
}
