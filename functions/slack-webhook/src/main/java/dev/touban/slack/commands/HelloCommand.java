package dev.touban.slack.commands;

import static dev.touban.domain.text.SlackText.escape;

import dev.touban.domain.attendance.AttendanceStore;
import dev.touban.domain.attendance.AttendanceStore.ClockInOutcome;
import dev.touban.domain.attendance.CheckIn;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
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
        Language lang = ctx.language();
        if (note != null && note.length() > MAX_NOTE) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.HELLO_NOTE_TOO_LONG, "length", note.length(), "max", MAX_NOTE));
        }
        CheckIn checkIn = new CheckIn(ctx.member().id(), ctx.team().id(), ctx.now(), note);
        String answer = Messages.say(lang, Msg.HELLO_CLOCKED_IN, "team", escape(ctx.team().name()),
                "time", TimeText.at(ctx.now(), ctx.team().timeZone(), lang), "note", note == null ? "" : " (" + escape(note) + ")");
        ClockInOutcome outcome = store.clockIn(checkIn, ctx.requestKey(), answer);
        return switch (outcome) {
            case ClockInOutcome.Opened opened -> SlackReply.ephemeral(answer);
            case ClockInOutcome.Repeated repeated -> SlackReply.ephemeral(repeated.answer());
            case ClockInOutcome.AlreadyOpen open -> SlackReply.ephemeral(Messages.say(lang, Msg.HELLO_ALREADY_IN,
                    "time", TimeText.at(open.existing().start(), ctx.team().timeZone(), lang),
                    "length", TimeText.length(Duration.between(open.existing().start(), ctx.now()), lang)));
        };
    }
}
