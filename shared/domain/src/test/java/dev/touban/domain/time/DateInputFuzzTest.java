package dev.touban.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Any date typed in a command (who, override, swap, export), in any of the roster's zones and
 * on any day from 2000 to 2100: {@link DateInput#parse} reads it or refuses it with a
 * {@link DateInput.BadDate}, never another exception; what it reads can be used as a point,
 * a start and an end, the start never after the end. Inputs: {@code DateInputFuzzTestInputs/}.
 */
class DateInputFuzzTest {
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Asia/Tokyo"), ZoneId.of("America/Los_Angeles"),
            ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Pacific/Pago_Pago"), ZoneId.of("Europe/London"), ZoneId.of("UTC"));
    private static final long FROM = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();

    @FuzzTest
    void anyText_readsAsAUsableDate_orIsABadDate(FuzzedDataProvider data) {
        ZoneId zone = data.pickValue(ZONES);
        Instant now = Instant.ofEpochSecond(data.consumeLong(FROM, TO));
        LocalDate reference = now.atZone(zone).toLocalDate().plusDays(data.consumeInt(-400, 400));
        String text = data.consumeRemainingAsString();
        DateInput.When when;
        try {
            when = DateInput.parse(text, zone, now, reference);
        } catch (DateInput.BadDate refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertThat(when.pointIn(zone)).isNotNull();
        assertThat(when.startIn(zone)).isBeforeOrEqualTo(when.endIn(zone));
    }
}
