package dev.touban.slack.commands;

import static dev.touban.domain.text.SlackText.escape;

import dev.touban.domain.attendance.AttendanceStore;
import dev.touban.domain.attendance.AttendanceStore.ClockInOutcome;
import dev.touban.domain.attendance.CheckIn;
import dev.touban.slack.SlackReply;
import dev.touban.slack.TimeText;
import java.time.Duration;

/** {@code /oncall hello [note]}: clock in for standby work. One open check-in per member. */
public final class HelloCommand implements SlashCommand {
    public static final int MAX_NOTE = 200;

    private final AttendanceStore store;

    public HelloCommand(AttendanceStore store) {
        this.store = store;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        String note = ctx.args().isBlank() ? null : ctx.args().strip();
        if (note != null && note.length() > MAX_NOTE) {
            return SlackReply.ephemeral("That note is " + note.length() + " characters long; keep it to " + MAX_NOTE
                    + ". Nothing was recorded.");
        }
        CheckIn checkIn = new CheckIn(ctx.member().id(), ctx.team().id(), ctx.now(), note);
        String answer = ":wave: Clocked in for " + escape(ctx.team().name()) + " at " + TimeText.at(ctx.now(), ctx.team().timeZone())
                + (note == null ? "" : " (" + escape(note) + ")") + ". Send `/oncall bye` when you are done.";
        ClockInOutcome outcome = store.clockIn(checkIn, ctx.requestKey(), answer);
        return switch (outcome) {
            case ClockInOutcome.Opened opened -> SlackReply.ephemeral(answer);
            case ClockInOutcome.Repeated repeated -> SlackReply.ephemeral(repeated.answer());
            case ClockInOutcome.AlreadyOpen open -> SlackReply.ephemeral("You are already clocked in since "
                    + TimeText.at(open.existing().start(), ctx.team().timeZone()) + " ("
                    + TimeText.length(Duration.between(open.existing().start(), ctx.now()))
                    + " ago). Send `/oncall bye` to clock out.");
        };
    }
}
