package dev.touban.slack.commands;

import dev.touban.domain.rotation.ScheduleChange;
import dev.touban.domain.rotation.ScheduleChangeStore;
import dev.touban.domain.rotation.ScheduleChangeStore.RemoveOutcome;
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
        String id = ctx.args().strip().replace("`", "").toLowerCase(Locale.ROOT);
        if (!id.matches(ChangeIds.PATTERN)) {
            String shown = id.length() > 20 ? id.substring(0, 20) + "..." : id;
            return SlackReply.ephemeral((id.isEmpty() ? "Which one?" : "`" + shown + "` is not an override or swap id.")
                    + " `/oncall overrides` lists them with their ids; then `/oncall cancel o3k2fa`.");
        }
        Optional<ScheduleChange> found = changes.find(ctx.team().id(), id);
        if (found.isEmpty()) {
            return SlackReply.ephemeral(changes.earlierAnswer(ctx.requestKey())
                    .orElse("There is no override or swap `" + id + "` in " + ctx.team().name() + " (cancelled already?). "
                            + "`/oncall overrides` lists them."));
        }
        ScheduleChange change = found.get();
        String me = ctx.member().id();
        if (!ctx.team().isAdmin(me) && !change.createdBy().equals(me) && !change.involves(me)) {
            return SlackReply.ephemeral("Only " + ctx.team().name() + " admins, whoever set it, or the people it names can cancel `"
                    + id + "`. Nothing was changed.");
        }
        if (!change.end().isAfter(ctx.now())) {
            return SlackReply.ephemeral("`" + id + "` is already over; it stays in the record. Nothing was changed.");
        }
        String answer = ":wastebasket: Cancelled " + ChangeText.describe(ctx.config(), change, ctx.team().timeZone())
                + ". The rotation applies again.";
        RemoveOutcome outcome = changes.remove(change, ctx.requestKey(), answer);
        return switch (outcome) {
            case RemoveOutcome.Removed removed -> SlackReply.ephemeral(answer);
            case RemoveOutcome.Repeated repeated -> SlackReply.ephemeral(repeated.answer());
            case RemoveOutcome.Gone gone -> SlackReply.ephemeral("`" + id + "` was cancelled already.");
        };
    }
}
