package dev.touban.domain.holiday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JapaneseHolidaysTest {

    /**
     * The Cabinet Office's published list (内閣府「国民の祝日について」, syukujitsu.csv as published
     * on 2026-02-02, which added 2027), for 2024 to 2027. Rows named only 休日 there are the
     * substitute holidays and the citizen's holiday.
     */
    private static final String PUBLISHED = """
            2024/1/1,元日
            2024/1/8,成人の日
            2024/2/11,建国記念の日
            2024/2/12,休日
            2024/2/23,天皇誕生日
            2024/3/20,春分の日
            2024/4/29,昭和の日
            2024/5/3,憲法記念日
            2024/5/4,みどりの日
            2024/5/5,こどもの日
            2024/5/6,休日
            2024/7/15,海の日
            2024/8/11,山の日
            2024/8/12,休日
            2024/9/16,敬老の日
            2024/9/22,秋分の日
            2024/9/23,休日
            2024/10/14,スポーツの日
            2024/11/3,文化の日
            2024/11/4,休日
            2024/11/23,勤労感謝の日
            2025/1/1,元日
            2025/1/13,成人の日
            2025/2/11,建国記念の日
            2025/2/23,天皇誕生日
            2025/2/24,休日
            2025/3/20,春分の日
            2025/4/29,昭和の日
            2025/5/3,憲法記念日
            2025/5/4,みどりの日
            2025/5/5,こどもの日
            2025/5/6,休日
            2025/7/21,海の日
            2025/8/11,山の日
            2025/9/15,敬老の日
            2025/9/23,秋分の日
            2025/10/13,スポーツの日
            2025/11/3,文化の日
            2025/11/23,勤労感謝の日
            2025/11/24,休日
            2026/1/1,元日
            2026/1/12,成人の日
            2026/2/11,建国記念の日
            2026/2/23,天皇誕生日
            2026/3/20,春分の日
            2026/4/29,昭和の日
            2026/5/3,憲法記念日
            2026/5/4,みどりの日
            2026/5/5,こどもの日
            2026/5/6,休日
            2026/7/20,海の日
            2026/8/11,山の日
            2026/9/21,敬老の日
            2026/9/22,休日
            2026/9/23,秋分の日
            2026/10/12,スポーツの日
            2026/11/3,文化の日
            2026/11/23,勤労感謝の日
            2027/1/1,元日
            2027/1/11,成人の日
            2027/2/11,建国記念の日
            2027/2/23,天皇誕生日
            2027/3/21,春分の日
            2027/3/22,休日
            2027/4/29,昭和の日
            2027/5/3,憲法記念日
            2027/5/4,みどりの日
            2027/5/5,こどもの日
            2027/7/19,海の日
            2027/8/11,山の日
            2027/9/20,敬老の日
            2027/9/23,秋分の日
            2027/10/11,スポーツの日
            2027/11/3,文化の日
            2027/11/23,勤労感謝の日
            """;

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026, 2027})
    void of_matchesTheCabinetOfficeList_dateForDateAndNameForName(int year) {
        List<Holiday> expected = published(year);

        List<Holiday> computed = JapaneseHolidays.of(year).stream()
                .map(h -> h.name().startsWith("休日") ? new Holiday(h.date(), "休日") : h)
                .toList();

        assertThat(computed).containsExactlyElementsOf(expected);
    }

    @Test
    void of_2026_hasBothEquinoxesAndTheDaysJollydayMisses() {
        assertThat(dates(2026)).contains(
                LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 5, 6),
                LocalDate.of(2026, 9, 22), LocalDate.of(2026, 9, 23));
    }

    @Test
    void of_namesASundayHolidaysSubstitute_onTheNextDayThatIsNoHoliday() {
        // 2026-05-03 (憲法記念日) is a Sunday; 5/4 and 5/5 are holidays themselves, so 5/6 is the 振替休日.
        assertThat(JapaneseHolidays.of(2026)).contains(new Holiday(LocalDate.of(2026, 5, 6), JapaneseHolidays.SUBSTITUTE));
        assertThat(JapaneseHolidays.of(2027)).contains(new Holiday(LocalDate.of(2027, 3, 22), JapaneseHolidays.SUBSTITUTE));
    }

    @Test
    void of_makesTheDayBetweenTwoHolidaysACitizensHoliday() {
        // 9/21 敬老の日 (third Monday) and 9/23 秋分の日 enclose 9/22.
        assertThat(JapaneseHolidays.of(2026)).contains(new Holiday(LocalDate.of(2026, 9, 22), JapaneseHolidays.CITIZENS));
        assertThat(dates(2025)).doesNotContain(LocalDate.of(2025, 9, 22));
    }

    @Test
    void of_keepsTheOlympicMovesOf2020And2021() {
        assertThat(dates(2021)).contains(LocalDate.of(2021, 7, 22), LocalDate.of(2021, 7, 23),
                LocalDate.of(2021, 8, 8), LocalDate.of(2021, 8, 9));
        assertThat(dates(2021)).doesNotContain(LocalDate.of(2021, 10, 11), LocalDate.of(2021, 8, 11));
    }

    @Test
    void equinoxes_matchThePublishedDays() {
        assertThat(List.of(2024, 2025, 2026, 2027).stream().map(JapaneseHolidays::vernalEquinoxDay).toList())
                .containsExactly(20, 20, 20, 21);
        assertThat(List.of(2024, 2025, 2026, 2027).stream().map(JapaneseHolidays::autumnalEquinoxDay).toList())
                .containsExactly(22, 23, 23, 23);
    }

    @Test
    void of_refusesYearsOutsideTheLawItKnows() {
        assertThatThrownBy(() -> JapaneseHolidays.of(2019)).hasMessageContaining("2020 to 2099");
        assertThatThrownBy(() -> JapaneseHolidays.of(2100)).hasMessageContaining("not 2100");
    }

    private static List<LocalDate> dates(int year) {
        return JapaneseHolidays.of(year).stream().map(Holiday::date).toList();
    }

    private static List<Holiday> published(int year) {
        return Arrays.stream(PUBLISHED.strip().split("\n"))
                .map(line -> line.split(","))
                .map(cols -> {
                    String[] ymd = cols[0].split("/");
                    return new Holiday(LocalDate.of(Integer.parseInt(ymd[0]), Integer.parseInt(ymd[1]), Integer.parseInt(ymd[2])), cols[1]);
                })
                .filter(h -> h.date().getYear() == year)
                .toList();
    }
}
