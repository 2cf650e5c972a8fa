package dev.touban.slack.commands;

import dev.touban.domain.rotation.ScheduleChangeStore.AddOutcome;
import dev.touban.slack.SlackReply;
import java.util.Optional;

/** What to answer once an override or swap was offered to the store. */
final class ChangeReplies {
    private ChangeReplies() {}

    /** The answer, or empty when another change drew the same short id and a new one must be drawn. */
    static Optional<SlackReply> afterAdd(AddOutcome outcome, String answer) {
        return switch (outcome) {
            case AddOutcome.Added added -> Optional.of(SlackReply.ephemeral(answer));
            case AddOutcome.Repeated repeated -> Optional.of(SlackReply.ephemeral(repeated.answer()));
            case AddOutcome.IdTaken taken -> Optional.empty();
        };
    }
}
