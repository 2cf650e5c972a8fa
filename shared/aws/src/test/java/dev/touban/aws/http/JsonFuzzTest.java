package dev.touban.aws.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Any text: {@link Json#parse} either reads it or refuses it with a {@link Json.JsonException},
 * never another exception; and what it read, it can write and read back the same (custom
 * details and payloads are written again after reading). Inputs: {@code JsonFuzzTestInputs/}.
 */
class JsonFuzzTest {

    @FuzzTest
    void anyText_readsOrIsRefused_andWhatIsReadWritesBack(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Object value;
        try {
            value = Json.parse(text);
        } catch (Json.JsonException refused) {
            assertThat(refused.getMessage()).startsWith("bad JSON at offset");
            return;
        }
        String written = Json.write(value);
        assertThat(Json.parse(written)).isEqualTo(value);
    }
}
