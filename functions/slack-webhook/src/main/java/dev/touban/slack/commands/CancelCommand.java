package dev.touban.slack.commands;

import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.domain.rotation.ScheduleChange;
import dev.touban.domain.rotation.ScheduleChangeStore;
import dev.touban.domain.rotation.ScheduleChangeStore.RemoveOutcome;
import dev.touban.domain.text.SlackText;
import dev.touban.slack.ChangeText;
import dev.touban.slack.SlackReply;
import java.util.Locale;
import java.util.Optional;

/** {@code /oncall cancel <id>}: removes an override or swap; admins, its author, or the people it names may. */
public final class CancelCommand implements SlashCommand {
    private final ScheduleChangeStore changes;

    public CancelCommand(ScheduleChangeStore changes) {
        this.changes = changes;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        Language lang = ctx.language();
        String id = ctx.args().strip().replace("`", "").toLowerCase(Locale.ROOT);
        if (!id.matches(ChangeIds.PATTERN)) {
            String shown = id.length() > 20 ? id.substring(0, 20) + "..." : id;
            return SlackReply.ephemeral(id.isEmpty() ? Messages.say(lang, Msg.CANCEL_WHICH) : Messages.say(lang, Msg.CANCEL_NOT_AN_ID, "id", SlackText.escape(shown)));
        }
        Optional<ScheduleChange> found = changes.find(ctx.team().id(), id);
        if (found.isEmpty()) {
            return SlackReply.ephemeral(changes.earlierAnswer(ctx.requestKey())
                    .orElse(Messages.say(lang, Msg.CANCEL_NONE, "id", id, "team", ctx.team().name())));
        }
        ScheduleChange change = found.get();
        String me = ctx.member().id();
        if (!ctx.team().isAdmin(me) && !change.createdBy().equals(me) && !change.involves(me)) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.CANCEL_NOT_ALLOWED, "team", ctx.team().name(), "id", id));
        }
        if (!change.end().isAfter(ctx.now())) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.CANCEL_OVER, "id", id));
        }
        String answer = Messages.say(lang, Msg.CANCEL_DONE, "change", ChangeText.describe(ctx.config(), change, ctx.team().timeZone(), lang));
        RemoveOutcome outcome = changes.remove(change, ctx.requestKey(), answer);
        return switch (outcome) {
            case RemoveOutcome.Removed removed -> SlackReply.ephemeral(answer);
            case RemoveOutcome.Repeated repeated -> SlackReply.ephemeral(repeated.answer());
            case RemoveOutcome.Gone gone -> SlackReply.ephemeral(Messages.say(lang, Msg.CANCEL_GONE, "id", id));
        };
    }
}
