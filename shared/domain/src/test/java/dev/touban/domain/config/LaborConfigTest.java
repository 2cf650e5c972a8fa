package dev.touban.domain.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.domain.labor.LaborPolicy;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LaborConfigTest {
    private static final String ROSTER = """
            members:
              - { id: alice, name: Alice, slack: U01ALICE, phone: "+819012345678", timeZone: Asia/Tokyo }
              - { id: dave, name: Dave, slack: U04DAVE, phone: "+14155550104", timeZone: America/Los_Angeles }
            """;
    private static final String TEAMS = """
            teams:
              - { id: sre, name: SRE, timeZone: Asia/Tokyo, members: [alice] }
              - id: ops
                name: Ops
                timeZone: Asia/Tokyo
                members: [dave]
                labor: { legalHoliday: saturday, premiums: { night: 30 } }
            """;

    private static OncallConfig load(String rest) {
        return ConfigLoader.parse("oncall.yaml", ROSTER + rest);
    }

    @Test
    void labor_companyBlock_appliesToEveryTeam_andATeamOverridesFieldByField() {
        OncallConfig config = load("""
                labor:
                  legalHoliday: sunday
                  premiums: { ordinaryOvertime: 25, night: 25, legalHoliday: 35, legalHolidayNight: 60 }
                  nightHours: "22:00-05:00"
                  compDayExpiry: P60D
                  warnDaysBefore: 10
                """ + TEAMS);

        LaborPolicy sre = config.reporting("sre").labor();
        assertThat(sre.legalHoliday()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(sre.premiums().ordinaryOvertime()).isEqualByComparingTo("25");
        assertThat(sre.compDayExpiry().lastDay(LocalDate.of(2026, 11, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(sre.warnDaysBefore()).isEqualTo(10);
        LaborPolicy ops = config.reporting("ops").labor();
        assertThat(ops.legalHoliday()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(ops.premiums().night()).isEqualByComparingTo("30");
        assertThat(ops.premiums().legalHoliday()).isEqualByComparingTo("35");
        assertThat(ops.compDayExpiry().period()).isEqualTo(Period.ofDays(60));
    }

    @Test
    void labor_absent_isTheDefault_sundayAnd25_35_60_endOfFollowingMonth() {
        LaborPolicy p = load("teams:\n  - { id: sre, name: SRE, timeZone: Asia/Tokyo, members: [alice, dave] }\n").reporting("sre").labor();

        assertThat(p).isEqualTo(LaborPolicy.DEFAULT);
        assertThat(p.nightFrom()).isEqualTo(LocalTime.of(22, 0));
        assertThat(p.premiums().rate(dev.touban.domain.labor.WorkBucket.LEGAL_HOLIDAY_NIGHT)).isEqualByComparingTo(BigDecimal.valueOf(60));
        assertThat(p.compDayExpiry().lastDay(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "legalHoliday: someday|labor.legalHoliday: 'someday' is not a weekday (monday ... sunday)",
            "nightHours: '22:00'|labor.nightHours: '22:00' is not a range of local times such as \"22:00-05:00\"",
            "nightHours: '22:00-22:00'|labor.nightHours: night hours must not start and end at the same time (22:00)",
            "nightHours: '25:00-05:00'|labor.nightHours: '25:00-05:00' holds a time that does not exist; use 00:00 to 23:59",
            "premiums: { night: lots }|labor.premiums.night: 'lots' is not a percentage such as 25",
            "premiums: { night: 250 }|labor.premiums.night: '250' must be a percentage from 0 to 200",
            "premiums: { legalHolidayNight: 30 }|labor.premiums.legalHolidayNight: legalHolidayNight (30) stacks the night and legal-holiday premiums and cannot be below either (night 25, legalHoliday 35)",
            "premiums: { nite: 25 }|labor.premiums: unknown field 'nite'; expected one of [legalHoliday, legalHolidayNight, night, ordinaryOvertime]",
            "compDayExpiry: nextMonth|labor.compDayExpiry: 'nextMonth' is neither endOfFollowingMonth nor an ISO period such as P60D or P2M",
            "compDayExpiry: P0D|labor.compDayExpiry: 'P0D' must be a period above zero and at most two years",
            "warnDaysBefore: -1|labor.warnDaysBefore: '-1' must be a whole number from 0 to 366",
            "legalHolidays: sunday|labor: unknown field 'legalHolidays'; expected one of [compDayExpiry, legalHoliday, nightHours, premiums, warnDaysBefore]",
    })
    void labor_badValues_areRefusedNamingTheField(String field, String message) {
        assertThatThrownBy(() -> load("labor:\n  " + field + "\nteams:\n  - { id: sre, name: SRE, timeZone: Asia/Tokyo, members: [alice, dave] }\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("oncall.yaml: " + message);
    }

    @Test
    void exampleConfig_loads_withTheDefaultLaborRules() {
        OncallConfig config = ConfigLoader.fromFile(java.nio.file.Path.of(System.getProperty("touban.repo.root", "../.."), "config/oncall.example.yaml"));

        assertThat(config.reporting("sre").labor()).isEqualTo(LaborPolicy.DEFAULT);
    }

    @Test
    void labor_teamBlock_badValue_namesTheTeamsField() {
        assertThatThrownBy(() -> load("teams:\n  - { id: sre, name: SRE, timeZone: Asia/Tokyo, members: [alice, dave], labor: { legalHoliday: holiday } }\n"))
                .hasMessage("oncall.yaml: teams[0].labor.legalHoliday: 'holiday' is not a weekday (monday ... sunday)");
    }
}
