package dev.touban.domain.export;

import dev.touban.domain.holiday.JapaneseHolidays;
import dev.touban.domain.language.Dates;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which month an export covers, as a person asked for it ({@code 2026-11}) or by default the
 * previous month in the team's time zone. A month that has not begun is refused; the
 * current month is allowed and reported as partial.
 */
public final class ExportMonth {
    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{1,2})");
    public static final int FIRST_YEAR = JapaneseHolidays.FIRST_YEAR;

    private ExportMonth() {}

    /** The answer: a month, or why the text is not one a report can be made for. */
    public sealed interface Parsed {
        record Month(YearMonth month) implements Parsed {}

        record Refused(String reason) implements Parsed {}
    }

    public static YearMonth previous(Instant now, ZoneId zone) {
        return YearMonth.from(now.atZone(zone)).minusMonths(1);
    }

    public static Parsed parse(String text, Instant now, ZoneId zone) {
        return parse(text, now, zone, Language.EN);
    }

    /** As {@link #parse(String, Instant, ZoneId)}, a refusal in {@code language}. */
    public static Parsed parse(String text, Instant now, ZoneId zone, Language language) {
        return parse(text, now, zone, previous(now, zone), Msg.MONTH_EMPTY_LAST, language);
    }

    /** As {@link #parse}, but no text means the current month so far (a report, not an export of a closed month). */
    public static Parsed parseOrCurrent(String text, Instant now, ZoneId zone) {
        return parseOrCurrent(text, now, zone, Language.EN);
    }

    public static Parsed parseOrCurrent(String text, Instant now, ZoneId zone, Language language) {
        return parse(text, now, zone, YearMonth.from(now.atZone(zone)), Msg.MONTH_EMPTY_THIS, language);
    }

    private static Parsed parse(String text, Instant now, ZoneId zone, YearMonth whenEmpty, Msg emptyMeans, Language language) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return new Parsed.Month(whenEmpty);
        }
        Matcher m = FORM.matcher(s);
        String shown = s.length() > 20 ? s.substring(0, 20) + "..." : s;
        if (!m.matches()) {
            return new Parsed.Refused(Messages.say(language, Msg.MONTH_NOT_A_MONTH, "text", shown,
                    "example", previous(now, zone), "empty", Messages.say(language, emptyMeans)));
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return new Parsed.Refused(Messages.say(language, Msg.MONTH_NO_SUCH, "text", shown, "month", month));
        }
        YearMonth asked = YearMonth.of(year, month);
        YearMonth current = YearMonth.from(now.atZone(zone));
        if (asked.isAfter(current)) {
            return new Parsed.Refused(Messages.say(language, Msg.MONTH_NOT_YET, "month", Dates.month(asked, language),
                    "current", Dates.month(current, language), "zone", zone));
        }
        if (year < FIRST_YEAR) {
            return new Parsed.Refused(Messages.say(language, Msg.MONTH_TOO_EARLY, "year", FIRST_YEAR, "month", Dates.month(asked, language)));
        }
        return new Parsed.Month(asked);
    }
}
