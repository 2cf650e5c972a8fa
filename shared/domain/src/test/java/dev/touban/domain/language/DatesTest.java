package dev.touban.domain.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static final Instant T = Instant.parse("2026-12-07T01:00:00Z");

    @Test
    void at_inJapanese_namesTheZoneOnlyWhenItIsNotJapans() {
        assertThat(Dates.at(T, ZoneId.of("Asia/Tokyo"), Language.JA)).isEqualTo("12月7日(月) 10:00");
        assertThat(Dates.at(T, ZoneId.of("America/Los_Angeles"), Language.JA)).isEqualTo("12月6日(日) 17:00 PST");
    }

    @Test
    void at_inEnglish_alwaysNamesTheZone_asCldrDoes() {
        DateTimeFormatter cldr = DateTimeFormatter.ofPattern("EEE d MMM HH:mm z", Locale.ENGLISH);
        for (String id : ZoneNames.ABBREVIATIONS.keySet()) {
            for (Instant t : new Instant[] {T, Instant.parse("2026-07-07T01:00:00Z")}) {
                ZoneId zone = ZoneId.of(id);
                assertThat(Dates.at(t, zone, Language.EN)).as(id + " at " + t).isEqualTo(cldr.format(t.atZone(zone)));
            }
        }
        assertThat(Dates.at(T, ZoneId.of("Asia/Kathmandu"), Language.EN)).isEqualTo("Mon 7 Dec 06:45 GMT+5:45");
    }
}
