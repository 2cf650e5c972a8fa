package dev.touban.aws.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.testing.RepoFiles;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** jackson-jr is the oracle: whatever one writes, the other reads back the same. */
class JsonTest {

    @Property(tries = 500)
    void whatJsonWrites_jacksonReadsBackTheSame(@ForAll("documents") Object document) throws IOException {
        assertThat(normalise(JSON.std.anyFrom(Json.write(document)))).isEqualTo(normalise(document));
    }

    @Property(tries = 500)
    void whatJacksonWrites_jsonReadsBackTheSame(@ForAll("documents") Object document) throws IOException {
        // jackson-jr leaves out map entries whose value is null; nothing else differs.
        assertThat(normalise(Json.parse(JSON.std.asString(document)))).isEqualTo(withoutNullEntries(normalise(document)));
    }

    @Test
    void everyEventFile_readsAsJacksonReadsIt() throws IOException {
        try (Stream<Path> events = Files.list(RepoFiles.path("events"))) {
            for (Path event : events.filter(p -> p.toString().endsWith(".json")).toList()) {
                String text = Files.readString(event);
                assertThat(normalise(Json.parse(text))).as(event.toString()).isEqualTo(normalise(JSON.std.anyFrom(text)));
            }
        }
    }

    @Test
    void escapes_andUnicode_readAsWritten() {
        Object parsed = Json.parse("{\"a\":\"line\\nbreak \\\"q\\\" \\u00e9\\u5f53\\ud83d\\ude00 \\/\",\"n\":[1,-2,3.5e2,12345678901,true,false,null]}");

        assertThat(parsed).isEqualTo(Map.of("a", "line\nbreak \"q\" é当😀 /",
                "n", java.util.Arrays.asList(1, -2, 350.0, 12345678901L, true, false, null)));
    }

    @Test
    void badJson_isRejectedWithWhereAndWhat() {
        for (String bad : List.of("", "{", "{\"a\"}", "{\"a\":1,}", "[1 2]", "\"unterminated", "{\"a\":tru}", "1.", "-",
                "{\"a\":1} extra", "\"tab\there\"", "\"\\x\"", "[".repeat(500))) {
            assertThatThrownBy(() -> Json.parse(bad)).as(bad).isInstanceOf(Json.JsonException.class).hasMessageContaining("bad JSON at offset");
        }
    }

    @Test
    void aRepeatedMemberName_isRefused_atAnyDepth_sayingWhichAndWhere() {
        assertThatThrownBy(() -> Json.parse("{\"routing_key\":\"a\",\"routing_key\":\"b\"}"))
                .isInstanceOf(Json.JsonException.class).hasMessage("bad JSON at offset 19: duplicate member name 'routing_key'");
        assertThatThrownBy(() -> Json.parse("[{\"ok\":1},{\"a\":{\"b\":[{\"x\":null,\"x\":null}]}}]"))
                .isInstanceOf(Json.JsonException.class).hasMessageContaining("duplicate member name 'x'");
        assertThatThrownBy(() -> Json.parse("{\"a\":1,\"\\u0061\":2}")).as("the same name escaped differently")
                .isInstanceOf(Json.JsonException.class).hasMessageContaining("duplicate member name 'a'");
    }

    @Test
    void slackInteractionPayload_ofTheSampleEvent_parses_butAUserWithTwoIds_isRefused() throws IOException {
        String body = (String) JSON.std.mapFrom(RepoFiles.read("events/slack-interaction-acknowledge.json")).get("body");
        String payload = URLDecoder.decode(body.substring("payload=".length()), StandardCharsets.UTF_8);

        assertThat(((Map<?, ?>) Json.parseObject(payload).get("user")).get("id")).isEqualTo("U02BOB");
        String twoIds = payload.replace("\"id\":\"U02BOB\"", "\"id\":\"U03CAROL\",\"id\":\"U02BOB\"");
        assertThat(twoIds).isNotEqualTo(payload);
        assertThatThrownBy(() -> Json.parseObject(twoIds)).isInstanceOf(Json.JsonException.class)
                .hasMessageContaining("duplicate member name 'id'");
    }

    /** Found by fuzzing (JsonFuzzTest): 1e400 read as Infinity, which Json.write then refused, so an event's custom details failed on the way out. */
    @Test
    void aNumberBeyondADouble_isRefused_andEveryNumberReadWritesBack() {
        for (String huge : List.of("1e400", "-1e400", "[0,1E309]", "{\"custom_details\":{\"p99\":123456789e301}}")) {
            assertThatThrownBy(() -> Json.parse(huge)).as(huge).isInstanceOf(Json.JsonException.class)
                    .hasMessageContaining("number out of range");
        }
        for (String fits : List.of("1.7976931348623157e308", "1e-400", "-0.0", "12345678901234567890")) {
            assertThat(Json.parse(Json.write(Json.parse(fits)))).as(fits).isEqualTo(Json.parse(fits));
        }
    }

    @Test
    void sameNameInSiblingObjects_isNoRepeat() {
        assertThat(Json.parse("{\"a\":{\"id\":1},\"b\":{\"id\":2},\"id\":3}")).isEqualTo(Map.of("a", Map.of("id", 1), "b", Map.of("id", 2), "id", 3));
    }

    @Test
    void parseObject_refusesAnythingButAnObject() {
        assertThatThrownBy(() -> Json.parseObject("[1]")).isInstanceOf(Json.JsonException.class).hasMessageContaining("expected a JSON object");
    }

    @Provide
    Arbitrary<Object> documents() {
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(10).withChars('a', 'Z', '0', ' ', '"', '\\', '/', '\n', '\t',
                '\u0001', '\u001f', 'é', '当', '{', '}', '[', ']', ':', ',');
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                text.map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().greaterOrEqual(1L << 40).lessOrEqual(1L << 50).map(l -> (Object) l),
                Arbitraries.bigDecimals().between(java.math.BigDecimal.valueOf(-1e6), java.math.BigDecimal.valueOf(1e6)).ofScale(3)
                        .map(d -> (Object) d.doubleValue()),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        Arbitrary<Object> list = leaf.list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l));
        Arbitrary<Object> map = Arbitraries.maps(text, Arbitraries.oneOf(leaf, list)).ofMaxSize(4).map(m -> (Object) new LinkedHashMap<>(m));
        return Arbitraries.oneOf(map, map.map(m -> (Object) Map.of("nested", m, "list", List.of(m))));
    }

    private static Object withoutNullEntries(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (v != null) {
                    out.put(k, withoutNullEntries(v));
                }
            });
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(withoutNullEntries(v)));
            return out;
        }
        return value;
    }

    /** Numbers compare by value whatever their boxed type. */
    private static Object normalise(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, normalise(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(normalise(v)));
            return out;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return value;
    }
}
