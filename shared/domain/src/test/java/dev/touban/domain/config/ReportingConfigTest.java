package dev.touban.domain.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.domain.compday.CompDayPolicy;
import dev.touban.domain.compday.TeamReporting;
import dev.touban.domain.language.Language;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingConfigTest {
    private static final String ROSTER = """
            members:
              - { id: alice, name: Alice, slack: U01ALICE, phone: "+819012345678", timeZone: Asia/Tokyo }
              - { id: dave, name: Dave, slack: U04DAVE, phone: "+14155550104", timeZone: America/Los_Angeles }
            """;

    private static OncallConfig load(String rest) {
        return ConfigLoader.parse("oncall.yaml", ROSTER + rest);
    }

    @Test
    void reporting_readsCompanyHolidays_thePolicy_andAGoogleSheet() {
        OncallConfig config = load("""
                holidays:
                  - { date: 2026-12-29, name: 年末休業 }
                compDays:
                  dutyDay: { days: 1, minHours: 12 }
                  clockIn: { minHours: 4, days: 0.5 }
                  nightPages: { from: "22:00", to: "07:00", days: 0.25, maxDaysPerMonth: 1 }
                  maxDaysPerMonth: 4
                  checkInMaxHours: 10
                teams:
                  - id: sre
                    name: SRE
                    timeZone: Asia/Tokyo
                    country: JP
                    members: [alice]
                    export:
                      googleSheet: { spreadsheetId: 1AbCdEfGhIjKlMnOp, serviceAccountSecret: touban/google-sheets }
                  - id: web
                    name: Web
                    timeZone: America/Los_Angeles
                    country: US
                    members: [dave]
                    holidays:
                      - { date: 2026-11-26, name: Thanksgiving }
                    compDays:
                      dutyDay: { days: 0.5 }
                """);

        TeamReporting sre = config.reporting("sre");
        assertThat(sre.holidays()).extracting(h -> h.date() + " " + h.name()).containsExactly("2026-12-29 年末休業");
        assertThat(sre.policy().clockIn()).isEqualTo(new CompDayPolicy.ClockIn(Duration.ofHours(4), new java.math.BigDecimal("0.50")));
        assertThat(sre.policy().nightPages().from()).isEqualTo(LocalTime.of(22, 0));
        assertThat(sre.policy().maxDaysPerMonth()).isEqualByComparingTo("4");
        assertThat(sre.policy().checkInMaximum()).isEqualTo(Duration.ofHours(10));
        assertThat(sre.googleSheet().spreadsheetId()).isEqualTo("1AbCdEfGhIjKlMnOp");
        TeamReporting web = config.reporting("web");
        assertThat(web.holidays()).extracting(h -> h.date()).containsExactly(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 11, 26));
        assertThat(web.policy().dutyDayDays()).isEqualByComparingTo("0.5");
        assertThat(web.policy().clockIn()).isNull();
        assertThat(web.googleSheet()).isNull();
    }

    @Test
    void reporting_withoutAnyReportingFields_usesTheDefaultPolicy() {
        OncallConfig config = load("""
                teams:
                  - { id: sre, name: SRE, timeZone: Asia/Tokyo, members: [alice, dave] }
                """);

        assertThat(config.reporting("sre")).isEqualTo(TeamReporting.DEFAULT);
        assertThat(config.reporting("unknown")).isEqualTo(TeamReporting.DEFAULT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "dutyDay: { days: -1 }|compDays.dutyDay.days: '-1' must be between 0 and 31 days",
            "dutyDay: { days: 0.125 }|compDays.dutyDay.days: '0.125' has more than two decimals; use steps such as 0.25",
            "dutyDay: { days: one }|compDays.dutyDay.days: 'one' is not a number of days such as 1 or 0.5",
            "dutyDay: { minHours: 25 }|compDays.dutyDay.minHours: '25' must be more than 0 and at most 24 hours",
            "dutyDays: 1|compDays: unknown field 'dutyDays'; expected one of [checkInMaxHours, clockIn, dutyDay, maxDaysPerMonth, nightPages]",
            "clockIn: { minHours: 4 }|compDays.clockIn.days: is required",
            "nightPages: { from: '22:00', to: '22:00', days: 0.25 }|compDays.nightPages.to: night hours must not start and end at the same time (22:00)",
            "nightPages: { from: '25:00', to: '07:00', days: 0.25 }|compDays.nightPages.from: '25:00' is not a time in the form 10:00",
            "maxDaysPerMonth: 0|compDays.maxDaysPerMonth: a cap of 0 would earn nothing; leave compDays out instead",
            "checkInMaxHours: 72|compDays.checkInMaxHours: '72' must be more than 0 and at most 48 hours",
    })
    void compDays_badValues_areRefusedNamingTheField(String policy, String message) {
        assertThatThrownBy(() -> load("compDays:\n  " + policy + "\nteams:\n  - { id: sre, name: SRE, timeZone: Asia/Tokyo, members: [alice, dave] }\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("oncall.yaml: " + message);
    }

    @Test
    void holidays_badDate_orTwiceTheSameDay_areRefused() {
        String team = "teams:\n  - { id: sre, name: SRE, timeZone: Asia/Tokyo, members: [alice, dave] }\n";
        assertThatThrownBy(() -> load("holidays:\n  - { date: 2026-02-30, name: x }\n" + team))
                .hasMessage("oncall.yaml: holidays[0].date: '2026-02-30' is not a date in the form 2026-01-05");
        assertThatThrownBy(() -> load("holidays:\n  - { date: 2026-12-29, name: a }\n  - { date: 2026-12-29, name: b }\n" + team))
                .hasMessage("oncall.yaml: holidays[1].date: 2026-12-29 is listed twice");
    }

    @Test
    void googleSheet_withoutTheSecret_isRefused() {
        assertThatThrownBy(() -> load("""
                teams:
                  - id: sre
                    name: SRE
                    timeZone: Asia/Tokyo
                    members: [alice, dave]
                    export: { googleSheet: { spreadsheetId: 1AbCdEfGhIjKlMnOp } }
                """)).hasMessage("oncall.yaml: teams[0].export.googleSheet.serviceAccountSecret: is required");
    }

    @Test
    void exampleConfig_loads_withItsCompDayPolicy() {
        OncallConfig config = ConfigLoader.fromFile(java.nio.file.Path.of(System.getProperty("touban.repo.root", "../.."), "config/oncall.example.yaml"));

        assertThat(config.reporting("sre").policy().clockIn()).isNotNull();
        assertThat(config.reporting("sre").holidays()).isNotEmpty();
    }

    private static String teams(String sreLanguage, String webLanguage) {
        return """
                teams:
                  - { id: sre, name: SRE, timeZone: Asia/Tokyo, members: [alice]%s }
                  - { id: web, name: Web, timeZone: America/Los_Angeles, members: [dave]%s }
                  - { id: canary, name: Canary, timeZone: UTC, members: [] }
                """.formatted(sreLanguage == null ? "" : ", language: " + sreLanguage, webLanguage == null ? "" : ", language: " + webLanguage);
    }

    @Test
    void workbookLanguage_isJapanese_whenEveryTeamWithMembersReadsJapanese_elseEnglish() {
        assertThat(load(teams("ja", "ja")).workbookLanguage("sre")).isEqualTo(Language.JA);
        assertThat(load(teams("ja", "ja")).commonLanguage()).isEqualTo(Language.JA);
        assertThat(load(teams("ja", null)).workbookLanguage("sre")).isEqualTo(Language.EN);
        assertThat(load(teams(null, null)).workbookLanguage("web")).isEqualTo(Language.EN);
    }

    @Test
    void workbookLanguage_isTheCompanysExportLanguage_whenSet() {
        assertThat(load("export: { language: ja }\n" + teams(null, "en")).workbookLanguage("web")).isEqualTo(Language.JA);
        assertThat(load("export: { language: en }\n" + teams("ja", "ja")).workbookLanguage("sre")).isEqualTo(Language.EN);
    }

    @Test
    void workbookLanguage_refusesAnotherLanguage_andAMisspeltField() {
        assertThatThrownBy(() -> load("export: { language: jp }\n" + teams(null, null)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("export.language").hasMessageContaining("must be en or ja");
        assertThatThrownBy(() -> load("export: { lang: ja }\n" + teams(null, null)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown field 'lang'");
    }
}
