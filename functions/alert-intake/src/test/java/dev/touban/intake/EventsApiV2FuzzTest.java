package dev.touban.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.touban.aws.http.Json;
import dev.touban.domain.incident.Alert;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What an authenticated event's body reads as: {@link EventsApiV2#parse} answers Valid or
 * Invalid (with its errors) for any JSON object, never throws; a valid trigger carries an
 * alert whose custom details fit and a dedup key of at most 255 characters. Inputs:
 * {@code EventsApiV2FuzzTestInputs/} (bodies of the sample events).
 */
class EventsApiV2FuzzTest {

    @FuzzTest
    void anyJsonObject_isValidOrInvalid_neverAnException(byte[] input) {
        Map<String, Object> json;
        try {
            json = Json.parseObject(new String(input, StandardCharsets.UTF_8));
        } catch (Json.JsonException notAnObject) {
            return; // answered before parsing (EventsApiEndpoint); Json has a fuzz test of its own
        }
        switch (EventsApiV2.parse(json)) {
            case EventsApiV2.Parsed.Invalid invalid -> assertThat(invalid.errors()).isNotEmpty();
            case EventsApiV2.Parsed.Valid valid -> {
                EventsApiV2.Event event = valid.event();
                assertThat(event.dedupKey()).isNotBlank().hasSizeLessThanOrEqualTo(255);
                if (event.action() == EventsApiV2.Action.TRIGGER) {
                    assertThat(event.alert()).isNotNull();
                    if (event.alert().customDetails() != null) {
                        assertThat(event.alert().customDetails().length()).isLessThanOrEqualTo(Alert.MAX_DETAILS);
                        Json.parse(event.alert().customDetails());
                    }
                }
            }
        }
    }
}
