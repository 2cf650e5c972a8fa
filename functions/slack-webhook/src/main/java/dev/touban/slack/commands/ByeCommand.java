package dev.touban.slack.commands;

import dev.touban.domain.attendance.AttendanceRecord;
import dev.touban.domain.attendance.AttendanceStore.ClockOutOutcome;
import dev.touban.domain.attendance.AttendanceStore;
import dev.touban.domain.attendance.CheckIn;
import dev.touban.domain.holiday.HolidayCalendar;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.slack.SlackReply;
import dev.touban.slack.TimeText;
import java.time.LocalDate;
import java.util.Optional;

/** {@code /oncall bye}: clock out and say for how long, and whether the day was a weekend or holiday. */
public final class ByeCommand implements SlashCommand {
    private final AttendanceStore store;

    public ByeCommand(AttendanceStore store) {
        this.store = store;
    }

    /** " on a weekend (Sat 28 Nov)", " on a public holiday (Mon 23 Nov, 勤労感謝の日)", or "" on a working day. */
    static String restDay(CommandContext ctx, LocalDate day) {
        HolidayCalendar calendar = new HolidayCalendar(ctx.team().country(), ctx.config().reporting(ctx.team().id()).holidays());
        Optional<String> holiday = calendar.holiday(day);
        Language lang = ctx.language();
        String shown = TimeText.day(day, lang);
        return switch (calendar.kind(day)) {
            case WORKDAY -> "";
            case WEEKEND -> holiday.isPresent()
                    ? Messages.say(lang, Msg.BYE_ON_WEEKEND_HOLIDAY, "day", shown, "holiday", holiday.get())
                    : Messages.say(lang, Msg.BYE_ON_WEEKEND, "day", shown);
            case HOLIDAY -> Messages.say(lang, Msg.BYE_ON_HOLIDAY, "day", shown, "holiday", holiday.orElseThrow());
        };
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        Optional<CheckIn> open = store.openCheckIn(ctx.member().id());
        if (open.isEmpty()) {
            return SlackReply.ephemeral(store.earlierAnswer(ctx.requestKey()).orElse(Messages.say(ctx.language(), Msg.BYE_NOT_CLOCKED_IN)));
        }
        // The member's own calendar decides which day (and whether a weekend) the work belongs to;
        // the time is said in the team's zone, as in every reply.
        AttendanceRecord record = AttendanceRecord.close(open.get(), ctx.now(), ctx.member().timeZone());
        Language lang = ctx.language();
        String answer = Messages.say(lang, Msg.BYE_CLOCKED_OUT, "time", TimeText.at(ctx.now(), ctx.team().timeZone(), lang),
                "length", TimeText.length(record.duration(), lang), "restDay", restDay(ctx, record.day()));
        ClockOutOutcome outcome = store.clockOut(open.get(), record, ctx.requestKey(), answer);
        return switch (outcome) {
            case ClockOutOutcome.Closed closed -> SlackReply.ephemeral(answer);
            case ClockOutOutcome.Repeated repeated -> SlackReply.ephemeral(repeated.answer());
            case ClockOutOutcome.NotOpen notOpen -> SlackReply.ephemeral(Messages.say(lang, Msg.BYE_NOT_CLOCKED_IN));
        };
    }
}
