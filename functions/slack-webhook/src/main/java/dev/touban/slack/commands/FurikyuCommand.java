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
import dev.touban.domain.language.Dates;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
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
    private final DayOffStore dayOffs;

    public FurikyuCommand(DayOffStore dayOffs) {
        this.dayOffs = dayOffs;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        Team team = ctx.team();
        Language lang = ctx.language();
        List<String> words = new ArrayList<>(Words.of(ctx.args()).words());
        if (ctx.args().isBlank()) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.FURIKYU_USAGE));
        }
        Member who = ctx.member();
        if (!words.isEmpty() && MemberMention.looksLikeOne(words.getFirst())) {
            String word = words.removeFirst();
            Optional<Member> named = MemberMention.resolve(word, ctx.config()).filter(m -> team.memberIds().contains(m.id()));
            if (named.isEmpty()) {
                return SlackReply.ephemeral(MemberMention.unknown(word, team, lang));
            }
            who = named.get();
        }
        if (!who.id().equals(ctx.member().id()) && !team.isAdmin(ctx.member().id())) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.FURIKYU_ADMINS_ONLY, "team", team.name()));
        }
        if (words.size() != 2) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.FURIKYU_USAGE));
        }
        ZoneId zone = team.timeZone();
        LocalDate today = ctx.now().atZone(zone).toLocalDate();
        LocalDate worked;
        LocalDate off;
        try {
            worked = day(words.get(0), zone, ctx, today);
            off = day(words.get(1), zone, ctx, worked);
        } catch (DateInput.BadDate e) {
            return SlackReply.ephemeral(e.getMessage() + "\n" + Messages.say(lang, Msg.FURIKYU_USAGE));
        }
        HolidayCalendar calendar = new HolidayCalendar(team.country(), ctx.config().reporting(team.id()).holidays());
        LaborPolicy labor = ctx.config().reporting(team.id()).labor();
        Optional<String> refusal = refusal(worked, off, today, calendar, labor, lang);
        if (refusal.isPresent()) {
            return SlackReply.ephemeral(refusal.get());
        }
        DayOff dayOff = DayOff.record(who.id(), team.id(), worked, off, ctx.now(), ctx.member().id(), zone);
        if (dayOff.kind() == DayOffKind.COMPENSATORY && off.isBefore(worked)) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.FURIKYU_BEGUN, "worked", TimeText.day(worked, lang),
                    "off", TimeText.day(off, lang)));
        }
        String answer = answer(ctx, who, dayOff, calendar, labor, lang);
        return switch (dayOffs.record(dayOff, ctx.requestKey(), answer)) {
            case Outcome.Recorded recorded -> SlackReply.ephemeral(answer);
            case Outcome.Repeated repeated -> SlackReply.ephemeral(repeated.answer());
            case Outcome.AlreadyRecorded already -> SlackReply.ephemeral(Messages.say(lang, Msg.FURIKYU_ALREADY,
                    "person", ChangeText.person(ctx.config(), who.id()), "off", TimeText.day(already.existing().dayOff(), lang),
                    "worked", TimeText.day(worked, lang), "kind", Messages.say(lang,
                            already.existing().kind() == DayOffKind.SWAP ? Msg.FURIKYU_KIND_SWAP : Msg.FURIKYU_KIND_COMPENSATORY)));
        };
    }

    private static LocalDate day(String word, ZoneId zone, CommandContext ctx, LocalDate reference) throws DateInput.BadDate {
        DateInput.When when = DateInput.parse(word, zone, ctx.now(), reference, ctx.language());
        if (!(when instanceof DateInput.Day d)) {
            throw new DateInput.BadDate(Messages.say(ctx.language(), Msg.FURIKYU_MOMENT, "word", word.replace('`', '\'')));
        }
        return d.day();
    }

    private static Optional<String> refusal(LocalDate worked, LocalDate off, LocalDate today, HolidayCalendar calendar, LaborPolicy labor,
            Language lang) {
        if (worked.equals(off)) {
            return Optional.of(Messages.say(lang, Msg.FURIKYU_SAME_DAY, "worked", TimeText.day(worked, lang)));
        }
        if (!restDay(worked, calendar, labor)) {
            return Optional.of(Messages.say(lang, Msg.FURIKYU_WORKING_DAY, "worked", TimeText.day(worked, lang),
                    "legal", Dates.weekday(labor.legalHoliday(), lang)));
        }
        if (restDay(off, calendar, labor)) {
            Optional<String> holiday = calendar.holiday(off);
            return Optional.of(holiday.isPresent()
                    ? Messages.say(lang, Msg.FURIKYU_OFF_HOLIDAY, "off", TimeText.day(off, lang), "holiday", holiday.get())
                    : Messages.say(lang, Msg.FURIKYU_OFF_WEEKEND, "off", TimeText.day(off, lang)));
        }
        if (worked.isBefore(today.minusDays(MAX_DAYS_BACK)) || worked.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            return Optional.of(Messages.say(lang, Msg.FURIKYU_OUT_OF_RANGE, "days", MAX_DAYS_BACK, "worked", TimeText.day(worked, lang),
                    "year", worked.getYear()));
        }
        if (Math.abs(ChronoUnit.DAYS.between(worked, off)) > MAX_DAYS_APART) {
            return Optional.of(Messages.say(lang, Msg.FURIKYU_TOO_FAR, "days", MAX_DAYS_APART));
        }
        return Optional.empty();
    }

    private static boolean restDay(LocalDate day, HolidayCalendar calendar, LaborPolicy labor) {
        return calendar.kind(day) != DayKind.WORKDAY || day.getDayOfWeek() == labor.legalHoliday();
    }

    private static String answer(CommandContext ctx, Member who, DayOff d, HolidayCalendar calendar, LaborPolicy labor, Language lang) {
        String person = ChangeText.person(ctx.config(), who.id());
        String worked = TimeText.day(d.workedDay(), lang) + calendar.holiday(d.workedDay())
                .map(h -> lang == Language.JA ? "（" + h + "）" : " (" + h + ")").orElse("");
        boolean legal = d.workedDay().getDayOfWeek() == labor.legalHoliday();
        if (d.kind() == DayOffKind.SWAP) {
            return Messages.say(lang, Msg.FURIKYU_SWAP, "person", person, "worked", worked, "off", TimeText.day(d.dayOff(), lang),
                    "day", TimeText.day(d.workedDay(), lang), "premium", legal ? Messages.say(lang, Msg.FURIKYU_NO_PREMIUM) : "");
        }
        if (!legal) {
            return Messages.say(lang, Msg.FURIKYU_COMPENSATORY, "person", person, "worked", worked, "off", TimeText.day(d.dayOff(), lang));
        }
        return Messages.say(lang, Msg.FURIKYU_COMPENSATORY_LEGAL, "person", person, "worked", worked, "off", TimeText.day(d.dayOff(), lang),
                "percent", labor.premiums().legalHoliday().stripTrailingZeros().toPlainString(), "day", TimeText.day(d.workedDay(), lang));
    }
}
