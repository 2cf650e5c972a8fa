package dev.touban.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.aws.http.Json;
import dev.touban.domain.incident.Alert;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventsApiV2Test {

    /**
     * Found by fuzzing (EventsApiV2FuzzTest, input details-names-joined-by-cleaning): the details were
     * written as JSON and then cleaned as text, which turned "num\u007F" and "num\uFFFD" into the same
     * member name, and U+2028 into a line break inside a string; the stored details were no longer JSON.
     */
    @Test
    void customDetails_stayJson_whateverTheirTextHolds_andTheAlertLeavesThemAsWritten() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("num\u007F_resolved", "0");
        details.put("num\uFFFD_resolved", "1");
        details.put("note", List.of("line\u2028separator", "bidi\u202Eoverride", "lone\uD800", "tab\tand\nnewline"));

        String text = EventsApiV2.details(details);

        assertThat(Json.parseObject(text)).isEqualTo(Map.of("num\uFFFD_resolved", "1",
                "note", List.of("line\nseparator", "bidi\uFFFDoverride", "lone\uFFFD", "tab\tand\nnewline")));
        Alert alert = new Alert("summary", "source", dev.touban.domain.incident.Severity.ERROR, null, null, null, text, null, null, null, null);
        assertThat(alert.customDetails()).isEqualTo(text);
    }

    /**
     * Found by reading EventsApiV2 while writing its fuzz test, and kept as an input of both intake fuzz
     * tests (summary-blank-once-cleaned): a summary of only U+0085 is not blank to String.isBlank but
     * is a space once cleaned, so Alert refused it with an IllegalArgumentException and the sender got a 500.
     */
    @Test
    void aSummaryBlankOnceCleaned_isMissing_notAServerError() {
        for (String blank : List.of("\u0085", " \u0085 ", "\u2028", "\t\r\n")) {
            Map<String, Object> event = Map.of("event_action", "trigger",
                    "payload", Map.of("summary", blank, "source", "db-1", "severity", "error"));

            assertThat(EventsApiV2.parse(event)).as(blank)
                    .isEqualTo(new EventsApiV2.Parsed.Invalid(List.of("'payload.summary' is missing")));
        }
    }
}
