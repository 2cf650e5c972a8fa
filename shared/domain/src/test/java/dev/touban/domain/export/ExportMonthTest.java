package dev.touban.domain.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.export.ExportMonth.Parsed;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ExportMonthTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    // 2026-12-01 00:30 in Tokyo, still November 30 in UTC and Los Angeles.
    private static final Instant NOW = Instant.parse("2026-11-30T15:30:00Z");

    @Test
    void parse_nothing_meansThePreviousMonthInTheTeamsZone() {
        assertThat(ExportMonth.parse("", NOW, TOKYO)).isEqualTo(new Parsed.Month(YearMonth.of(2026, 11)));
        assertThat(ExportMonth.parse(" ", NOW, ZoneId.of("America/Los_Angeles"))).isEqualTo(new Parsed.Month(YearMonth.of(2026, 10)));
    }

    @Test
    void parse_month13_isRefusedWithTheValidRange() {
        assertThat(ExportMonth.parse("2026-13", NOW, TOKYO)).isEqualTo(new Parsed.Refused("`2026-13` has no month 13: months run from 01 to 12."));
    }

    @Test
    void parse_futureMonth_isRefused_butTheCurrentOneIsAllowed() {
        assertThat(ExportMonth.parse("2027-01", NOW, TOKYO)).isInstanceOf(Parsed.Refused.class)
                .hasToString("Refused[reason=2027-01 has not happened yet (it is 2026-12 in Asia/Tokyo).]");
        assertThat(ExportMonth.parse("2026-12", NOW, TOKYO)).isEqualTo(new Parsed.Month(YearMonth.of(2026, 12)));
    }

    @Test
    void parse_words_andOldYears_areRefused() {
        assertThat(((Parsed.Refused) ExportMonth.parse("november", NOW, TOKYO)).reason()).startsWith("`november` is not a month");
        assertThat(((Parsed.Refused) ExportMonth.parse("2019-12", NOW, TOKYO)).reason()).contains("start in 2020");
        assertThat(ExportMonth.parse("2026-2", NOW, TOKYO)).isEqualTo(new Parsed.Month(YearMonth.of(2026, 2)));
    }

    @Test
    void parseOrCurrent_nothing_meansTheCurrentMonthInTheTeamsZone_andRefusalsSaySo() {
        assertThat(ExportMonth.parseOrCurrent("", NOW, TOKYO)).isEqualTo(new Parsed.Month(YearMonth.of(2026, 12)));
        assertThat(ExportMonth.parseOrCurrent("", NOW, ZoneId.of("America/Los_Angeles"))).isEqualTo(new Parsed.Month(YearMonth.of(2026, 11)));
        assertThat(((Parsed.Refused) ExportMonth.parseOrCurrent("last", NOW, TOKYO)).reason()).endsWith("or nothing for this month so far.");
        assertThat(ExportMonth.parseOrCurrent("2026-13", NOW, TOKYO)).isEqualTo(new Parsed.Refused("`2026-13` has no month 13: months run from 01 to 12."));
    }
}
