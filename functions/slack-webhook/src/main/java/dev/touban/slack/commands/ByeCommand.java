package dev.touban.slack.commands;

import dev.touban.domain.attendance.AttendanceRecord;
import dev.touban.domain.attendance.AttendanceStore;
import dev.touban.domain.attendance.AttendanceStore.ClockOutOutcome;
import dev.touban.domain.attendance.CheckIn;
import dev.touban.slack.SlackReply;
import dev.touban.slack.TimeText;
import java.util.Optional;

/** {@code /oncall bye}: clock out and say for how long. */
public final class ByeCommand implements SlashCommand {
    private static final String NOT_CLOCKED_IN = "You are not clocked in, so there is nothing to end. "
            + "Send `/oncall hello [note]` when you start standby work.";

    private final AttendanceStore store;

    public ByeCommand(AttendanceStore store) {
        this.store = store;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        Optional<CheckIn> open = store.openCheckIn(ctx.member().id());
        if (open.isEmpty()) {
            return SlackReply.ephemeral(store.earlierAnswer(ctx.requestKey()).orElse(NOT_CLOCKED_IN));
        }
        // The member's own calendar decides which day (and whether a weekend) the work belongs to.
        AttendanceRecord record = AttendanceRecord.close(open.get(), ctx.now(), ctx.member().timeZone());
        String answer = ":checkered_flag: Clocked out at " + TimeText.at(ctx.now(), ctx.member().timeZone())
                + " after " + TimeText.length(record.duration())
                + (record.weekend() ? " of weekend standby" : " of standby") + ". Thank you!";
        ClockOutOutcome outcome = store.clockOut(open.get(), record, ctx.requestKey(), answer);
        return switch (outcome) {
            case ClockOutOutcome.Closed closed -> SlackReply.ephemeral(answer);
            case ClockOutOutcome.Repeated repeated -> SlackReply.ephemeral(repeated.answer());
            case ClockOutOutcome.NotOpen notOpen -> SlackReply.ephemeral(NOT_CLOCKED_IN);
        };
    }
}
