package dev.touban.slack.commands;

import dev.touban.domain.config.Member;
import dev.touban.domain.config.Team;
import dev.touban.domain.holiday.DayKind;
import dev.touban.domain.holiday.HolidayCalendar;
import dev.touban.domain.labor.DayOff;
import dev.touban.domain.labor.DayOffKind;
import dev.touban.domain.labor.DayOffStore;
import dev.touban.domain.labor.DayOffStore.Outcome;
import dev.touban.domain.labor.LaborPolicy;
import dev.touban.domain.time.DateInput;
import dev.touban.slack.ChangeText;
import dev.touban.slack.MemberMention;
import dev.touban.slack.SlackReply;
import dev.touban.slack.TimeText;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /oncall furikyu [@user] <worked day> <day off>}: records a day off for work on a rest day.
 * Recorded before the worked day begins (team's zone) it is a 振替休日: the worked day becomes an
 * ordinary working day. Recorded later it is a 代休, and the legal-holiday premium stays owed;
 * the reply says which. The member records their own; a team admin may record anyone's. The
 * worked day must be a weekend day, holiday or the legal holiday; the day off a working day.
 */
public final class FurikyuCommand implements SlashCommand {
    static final int MAX_DAYS_APART = 92;
    static final int MAX_DAYS_BACK = 92;
    static final int MAX_DAYS_AHEAD = 366;
    private static final String USAGE = "Usage: `/oncall furikyu [@user] <worked day> <day off>`, for example "
            + "`/oncall furikyu 11/29 12/2`: you work Sunday 29 November and take Wednesday 2 December off. "
            + "Recorded before the worked day it is a 振替休日 (swap); later, a 代休.";

    private final DayOffStore dayOffs;

    public FurikyuCommand(DayOffStore dayOffs) {
        this.dayOffs = dayOffs;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        Team team = ctx.team();
        List<String> words = new ArrayList<>(Words.of(ctx.args()).words());
        if (ctx.args().isBlank()) {
            return SlackReply.ephemeral(USAGE);
        }
        Member who = ctx.member();
        if (!words.isEmpty() && MemberMention.looksLikeOne(words.getFirst())) {
            String word = words.removeFirst();
            Optional<Member> named = MemberMention.resolve(word, ctx.config()).filter(m -> team.memberIds().contains(m.id()));
            if (named.isEmpty()) {
                return SlackReply.ephemeral(MemberMention.unknown(word, team));
            }
            who = named.get();
        }
        if (!who.id().equals(ctx.member().id()) && !team.isAdmin(ctx.member().id())) {
            return SlackReply.ephemeral("Only " + team.name() + " admins may record a day off for someone else; you can record your own "
                    + "with `/oncall furikyu <worked day> <day off>`. Nothing was recorded.");
        }
        if (words.size() != 2) {
            return SlackReply.ephemeral(USAGE);
        }
        ZoneId zone = team.timeZone();
        LocalDate today = ctx.now().atZone(zone).toLocalDate();
        LocalDate worked;
        LocalDate off;
        try {
            worked = day(words.get(0), zone, ctx, today);
            off = day(words.get(1), zone, ctx, worked);
        } catch (DateInput.BadDate e) {
            return SlackReply.ephemeral(e.getMessage() + "\n" + USAGE);
        }
        HolidayCalendar calendar = new HolidayCalendar(team.country(), ctx.config().reporting(team.id()).holidays());
        LaborPolicy labor = ctx.config().reporting(team.id()).labor();
        Optional<String> refusal = refusal(worked, off, today, calendar, labor);
        if (refusal.isPresent()) {
            return SlackReply.ephemeral(refusal.get() + " Nothing was recorded.");
        }
        DayOff dayOff = DayOff.record(who.id(), team.id(), worked, off, ctx.now(), ctx.member().id(), zone);
        if (dayOff.kind() == DayOffKind.COMPENSATORY && off.isBefore(worked)) {
            return SlackReply.ephemeral(TimeText.day(worked) + " has begun, so this can only be a 代休, which comes after the work; "
                    + TimeText.day(off) + " is before it. Nothing was recorded.");
        }
        String answer = answer(ctx, who, dayOff, calendar, labor);
        return switch (dayOffs.record(dayOff, ctx.requestKey(), answer)) {
            case Outcome.Recorded recorded -> SlackReply.ephemeral(answer);
            case Outcome.Repeated repeated -> SlackReply.ephemeral(repeated.answer());
            case Outcome.AlreadyRecorded already -> SlackReply.ephemeral(ChangeText.person(ctx.config(), who.id()) + " already has "
                    + TimeText.day(already.existing().dayOff()) + " off for " + TimeText.day(worked) + " ("
                    + already.existing().kind().label() + "). Nothing was recorded.");
        };
    }

    private static LocalDate day(String word, ZoneId zone, CommandContext ctx, LocalDate reference) throws DateInput.BadDate {
        DateInput.When when = DateInput.parse(word, zone, ctx.now(), reference);
        if (!(when instanceof DateInput.Day d)) {
            throw new DateInput.BadDate("`" + word.replace('`', '\'') + "` is a moment; give whole days such as `11/29`.");
        }
        return d.day();
    }

    private static Optional<String> refusal(LocalDate worked, LocalDate off, LocalDate today, HolidayCalendar calendar, LaborPolicy labor) {
        if (worked.equals(off)) {
            return Optional.of("The day off must be another day than the worked day (" + TimeText.day(worked) + ").");
        }
        if (!restDay(worked, calendar, labor)) {
            return Optional.of(TimeText.day(worked) + " is a working day: a 振替休日 or 代休 is for work on a weekend day, a holiday"
                    + " or the legal holiday (" + name(labor) + ").");
        }
        if (restDay(off, calendar, labor)) {
            return Optional.of("The day off must be a working day; " + TimeText.day(off) + " is "
                    + calendar.holiday(off).map(h -> "a holiday (" + h + ")").orElse("a weekend day") + " already.");
        }
        if (worked.isBefore(today.minusDays(MAX_DAYS_BACK)) || worked.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            return Optional.of("The worked day must lie within the last " + MAX_DAYS_BACK + " days or the next year; "
                    + TimeText.day(worked) + " " + worked.getYear() + " does not.");
        }
        if (Math.abs(ChronoUnit.DAYS.between(worked, off)) > MAX_DAYS_APART) {
            return Optional.of("The day off must be within " + MAX_DAYS_APART + " days of the worked day.");
        }
        return Optional.empty();
    }

    private static boolean restDay(LocalDate day, HolidayCalendar calendar, LaborPolicy labor) {
        return calendar.kind(day) != DayKind.WORKDAY || day.getDayOfWeek() == labor.legalHoliday();
    }

    private static String name(LaborPolicy labor) {
        String s = labor.legalHoliday().name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String answer(CommandContext ctx, Member who, DayOff d, HolidayCalendar calendar, LaborPolicy labor) {
        String person = ChangeText.person(ctx.config(), who.id());
        String worked = TimeText.day(d.workedDay()) + calendar.holiday(d.workedDay()).map(h -> " (" + h + ")").orElse("");
        boolean legal = d.workedDay().getDayOfWeek() == labor.legalHoliday();
        if (d.kind() == DayOffKind.SWAP) {
            return ":calendar: 振替休日 recorded: " + person + " works " + worked + " and takes " + TimeText.day(d.dayOff())
                    + " off instead. " + TimeText.day(d.workedDay()) + " becomes an ordinary working day"
                    + (legal ? " (no legal-holiday premium)" : "") + ".";
        }
        return ":calendar: Recorded as 代休 (compensatory leave): " + person + " worked " + worked + " and takes "
                + TimeText.day(d.dayOff()) + " off. A 振替休日 must be recorded before the worked day begins"
                + (legal ? ", so the " + labor.premiums().legalHoliday().stripTrailingZeros().toPlainString()
                        + "% legal-holiday premium for " + TimeText.day(d.workedDay()) + " is still owed." : ".");
    }
}
