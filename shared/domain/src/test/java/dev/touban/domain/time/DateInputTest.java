package dev.touban.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.domain.time.DateInput.BadDate;
import dev.touban.domain.time.DateInput.Day;
import dev.touban.domain.time.DateInput.Moment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    // Wednesday 25 November 2026, 15:00 in Tokyo
    private static final Instant NOW = Instant.parse("2026-11-25T06:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2026-12-29, 2026-12-29",
            "2026/12/29, 2026-12-29",
            "12/29, 2026-12-29",
            "1/3, 2027-01-03",
            "11/20, 2026-11-20",
            "today, 2026-11-25",
            "Tomorrow, 2026-11-26",
            "next week, 2026-12-02",
            "friday, 2026-11-27",
            "wed, 2026-12-02",
            "mon, 2026-11-30",
    })
    void parse_readsDays_inTheTeamsZone(String text, String expected) throws BadDate {
        assertThat(DateInput.parse(text, TOKYO, NOW, TODAY)).isEqualTo(new Day(LocalDate.parse(expected)));
    }

    @Test
    void parse_todayFollowsTheTeamsZone_notUtc() throws BadDate {
        Instant lateUtc = Instant.parse("2026-11-25T20:00:00Z"); // already the 26th in Tokyo
        assertThat(DateInput.parse("today", TOKYO, lateUtc, TODAY).day()).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void parse_monthDayAtTheEndOfARange_isNearestToTheStart() throws BadDate {
        assertThat(DateInput.parse("1/3", TOKYO, NOW, LocalDate.of(2026, 12, 29)).day()).isEqualTo(LocalDate.of(2027, 1, 3));
    }

    @Test
    void parse_readsMoments() throws BadDate {
        assertThat(DateInput.parse("now", TOKYO, NOW, TODAY)).isEqualTo(new Moment(NOW, TODAY));
        assertThat(DateInput.parse("2026-12-29T18:00", TOKYO, NOW, TODAY))
                .isEqualTo(new Moment(Instant.parse("2026-12-29T09:00:00Z"), LocalDate.of(2026, 12, 29)));
        assertThat(DateInput.parse("2026-12-07T10:00:00+09:00", TOKYO, NOW, TODAY))
                .isEqualTo(new Moment(Instant.parse("2026-12-07T01:00:00Z"), LocalDate.of(2026, 12, 7)));
    }

    @Test
    void day_spansItsWholeLocalDay() {
        Day day = new Day(LocalDate.of(2026, 12, 29));
        assertThat(day.startIn(TOKYO)).isEqualTo(Instant.parse("2026-12-28T15:00:00Z"));
        assertThat(day.endIn(TOKYO)).isEqualTo(Instant.parse("2026-12-29T15:00:00Z"));
        assertThat(day.pointIn(TOKYO)).isEqualTo(Instant.parse("2026-12-29T03:00:00Z"));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "  ", "yesterdayish", "13/45", "2026-02-30", "2/30", "12-29", "2026-12-29T25:00", "<script>"})
    void parse_refusesWhatIsNoDate_withTheFormsThatWork(String text) {
        assertThatThrownBy(() -> DateInput.parse(text, TOKYO, NOW, TODAY))
                .isInstanceOf(BadDate.class)
                .hasMessageContaining("date");
    }

    @Test
    void parse_leapDay_resolvesToALeapYear() throws BadDate {
        assertThat(DateInput.parse("2/29", TOKYO, Instant.parse("2027-12-01T00:00:00Z"), LocalDate.of(2027, 12, 1)).day())
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    // Wednesday 25 November 2026 in Tokyo, as above.
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "12月29日, 2026-12-29",
            "１２月２９日, 2026-12-29",
            "1月3日, 2027-01-03",
            "2027年1月4日, 2027-01-04",
            "12月29日(火), 2026-12-29",
            "12月29日（火曜）, 2026-12-29",
            "12月29, 2026-12-29",
            "今日, 2026-11-25",
            "明日, 2026-11-26",
            "あした, 2026-11-26",
            "明後日, 2026-11-27",
            "来週, 2026-12-02",
            "金曜, 2026-11-27",
            "金曜日, 2026-11-27",
            "水曜日, 2026-12-02",
            "月曜, 2026-11-30",
            "'  明日　', 2026-11-26",
    })
    void parse_readsJapaneseDays(String text, String expected) throws BadDate {
        assertThat(DateInput.parse(text, TOKYO, NOW, TODAY, Language.JA)).isEqualTo(new Day(LocalDate.parse(expected)));
        // Whatever the reader's language: a Japanese date typed in an English team reads the same.
        assertThat(DateInput.parse(text, TOKYO, NOW, TODAY)).isEqualTo(new Day(LocalDate.parse(expected)));
    }

    @Test
    void parse_readsJapaneseNow() throws BadDate {
        assertThat(DateInput.parse("今", TOKYO, NOW, TODAY)).isEqualTo(new Moment(NOW, TODAY));
    }

    @Test
    void parse_japaneseMonthDayAtTheEndOfARange_isNearestToTheStart() throws BadDate {
        assertThat(DateInput.parse("1月3日", TOKYO, NOW, LocalDate.of(2026, 12, 29)).day()).isEqualTo(LocalDate.of(2027, 1, 3));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"13月1日", "2月30日", "2026年2月29日", "金", "月", "金曜びー", "12月", "月29日", "昨日", "12月29日(火", "<script>"})
    void parse_refusesWhatIsNoJapaneseDate_inJapanese(String text) {
        assertThatThrownBy(() -> DateInput.parse(text, TOKYO, NOW, TODAY, Language.JA))
                .isInstanceOf(BadDate.class)
                .hasMessageContaining("日付");
    }

    @Test
    void badDate_speaksTheReadersLanguage_andListsTheForms() {
        assertThatThrownBy(() -> DateInput.parse("someday", TOKYO, NOW, TODAY, Language.JA))
                .hasMessage("`someday` は日付として読めません。使える形式: " + Messages.template(Language.JA, Msg.DATE_FORMS));
        assertThatThrownBy(() -> DateInput.parse("someday", TOKYO, NOW, TODAY, Language.EN))
                .hasMessage("`someday` is not a date I can read. Use " + DateInput.FORMS + ".");
        assertThatThrownBy(() -> DateInput.parse("", TOKYO, NOW, TODAY, Language.JA)).hasMessageContaining("12月29日");
    }
}
