package dev.touban.domain.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

    @Test
    void kind_japan_knowsPublicHolidays_andCompanyClosureDays() {
        HolidayCalendar jp = new HolidayCalendar("JP", List.of(new Holiday(LocalDate.of(2026, 12, 29), "年末休業")));

        assertThat(jp.kind(LocalDate.of(2026, 9, 22))).isEqualTo(DayKind.HOLIDAY);
        assertThat(jp.kind(LocalDate.of(2026, 12, 29))).isEqualTo(DayKind.HOLIDAY);
        assertThat(jp.holiday(LocalDate.of(2026, 12, 29))).contains("年末休業");
        assertThat(jp.kind(LocalDate.of(2026, 9, 24))).isEqualTo(DayKind.WORKDAY);
    }

    @Test
    void kind_holidayOnASunday_isAWeekendDay_soNoDateCountsTwice() {
        HolidayCalendar jp = new HolidayCalendar("JP", List.of());

        assertThat(jp.kind(LocalDate.of(2026, 5, 3))).isEqualTo(DayKind.WEEKEND);
        assertThat(jp.holiday(LocalDate.of(2026, 5, 3))).contains("憲法記念日");
    }

    @Test
    void kind_countryWithoutBuiltInHolidays_usesOnlyTheConfiguredOnes() {
        HolidayCalendar us = new HolidayCalendar("US", List.of(new Holiday(LocalDate.of(2026, 7, 3), "Independence Day (observed)")));

        assertThat(us.hasBuiltInPublicHolidays()).isFalse();
        assertThat(us.kind(LocalDate.of(2026, 7, 3))).isEqualTo(DayKind.HOLIDAY);
        assertThat(us.kind(LocalDate.of(2026, 1, 12))).isEqualTo(DayKind.WORKDAY);
    }

    @Test
    void holiday_sameDayPublicAndCompany_showsBothNames() {
        HolidayCalendar jp = new HolidayCalendar("JP", List.of(new Holiday(LocalDate.of(2026, 1, 1), "Company closure")));

        assertThat(jp.holiday(LocalDate.of(2026, 1, 1))).contains("元日 / Company closure");
        assertThat(jp.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))).hasSize(2);
    }
}
