package dev.touban.aws.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict JSON (RFC 8259) for every document the functions read and write: Lambda events, the
 * proxy result, Slack's Web API and interaction payloads, Events API bodies, EventBridge
 * details, SSM answers. Objects read as {@code LinkedHashMap}, arrays as {@code ArrayList},
 * numbers as {@code Integer}, {@code Long} or {@code Double} (a number beyond a double's range is
 * refused), and text, booleans and null as themselves.
 *
 * <p>An object that names a member twice is refused wherever it appears in the tree: readers
 * disagree about which of the two counts (the first, the last, both), so a document such as
 * {@code {"user":{"id":"U03CAROL","id":"U01ALICE"}}} could mean one thing to a check and
 * another to the code acting on it.
 *
 * <p>It exists because jackson-core and jackson-jr are about 120 classes that a cold start
 * loaded only to read one event and write one answer: about 50 ms of a fresh JVM against 3 ms
 * for these three small classes (README, Performance). jackson-jr remains where documents are
 * large and off the request path (the spreadsheet sync's Google API client) and in tests.
 */
public final class Json {
    private Json() {}

    /** Bad JSON: the message says where and what. */
    public static final class JsonException extends IllegalArgumentException {
        JsonException(String message) {
            super(message);
        }
    }

    public static Object parse(String text) {
        Reader reader = new Reader(text);
        reader.skipSpace();
        Object value = reader.value(0);
        reader.skipSpace();
        if (!reader.atEnd()) {
            throw reader.fail("unexpected text after the document");
        }
        return value;
    }

    /** A whole stream of UTF-8 JSON, such as a Lambda event. */
    public static Object parse(InputStream in) throws IOException {
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    public static Map<String, Object> parseObject(InputStream in) throws IOException {
        return parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text) {
        Object value = parse(text);
        if (!(value instanceof Map)) {
            throw new JsonException("expected a JSON object, found " + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        return (Map<String, Object>) value;
    }

    /** Writes {@code value} to {@code out} as UTF-8, such as a Lambda answer. */
    public static void write(Object value, OutputStream out) throws IOException {
        out.write(write(value).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes maps (string keys), lists, text, numbers, booleans and null. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            quote(s, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte) {
            out.append(value);
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new JsonException("JSON has no " + d);
            }
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Iterable<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out);
            }
            out.append(']');
        } else {
            throw new JsonException("cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A recursive-descent reader over the text; nesting is capped so hostile input cannot exhaust the stack. */
    private static final class Reader {
        private static final int MAX_DEPTH = 200;
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        JsonException fail(String problem) {
            return new JsonException("bad JSON at offset " + pos + ": " + problem);
        }

        void skipSpace() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    pos++;
                } else {
                    return;
                }
            }
        }

        Object value(int depth) {
            if (depth > MAX_DEPTH) {
                throw fail("nested deeper than " + MAX_DEPTH);
            }
            if (atEnd()) {
                throw fail("unexpected end");
            }
            char c = text.charAt(pos);
            return switch (c) {
                case '{' -> object(depth);
                case '[' -> array(depth);
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> {
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        yield number();
                    }
                    throw fail("unexpected '" + c + "'");
                }
            };
        }

        private Map<String, Object> object(int depth) {
            pos++;
            Map<String, Object> map = new LinkedHashMap<>();
            skipSpace();
            if (peek('}')) {
                pos++;
                return map;
            }
            while (true) {
                skipSpace();
                if (!peek('"')) {
                    throw fail("expected a member name");
                }
                int keyAt = pos;
                String key = string();
                if (map.containsKey(key)) {
                    pos = keyAt;
                    throw fail("duplicate member name '" + shorten(key) + "'");
                }
                skipSpace();
                expect(':');
                skipSpace();
                map.put(key, value(depth + 1));
                skipSpace();
                if (peek(',')) {
                    pos++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }

        private static String shorten(String key) {
            return key.length() > 40 ? key.substring(0, 40) + "..." : key;
        }

        private List<Object> array(int depth) {
            pos++;
            List<Object> list = new ArrayList<>();
            skipSpace();
            if (peek(']')) {
                pos++;
                return list;
            }
            while (true) {
                skipSpace();
                list.add(value(depth + 1));
                skipSpace();
                if (peek(',')) {
                    pos++;
                } else {
                    expect(']');
                    return list;
                }
            }
        }

        private String string() {
            pos++;
            StringBuilder out = null;
            int start = pos;
            while (true) {
                if (atEnd()) {
                    throw fail("unterminated string");
                }
                char c = text.charAt(pos);
                if (c == '"') {
                    String tail = text.substring(start, pos++);
                    return out == null ? tail : out.append(tail).toString();
                }
                if (c < 0x20) {
                    throw fail("control character in a string");
                }
                if (c == '\\') {
                    if (out == null) {
                        out = new StringBuilder();
                    }
                    out.append(text, start, pos);
                    pos++;
                    if (atEnd()) {
                        throw fail("unterminated escape");
                    }
                    char e = text.charAt(pos++);
                    switch (e) {
                        case '"', '\\', '/' -> out.append(e);
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'n' -> out.append('\n');
                        case 'r' -> out.append('\r');
                        case 't' -> out.append('\t');
                        case 'u' -> {
                            if (pos + 4 > text.length()) {
                                throw fail("short \\u escape");
                            }
                            int code = 0;
                            for (int i = 0; i < 4; i++) {
                                int digit = Character.digit(text.charAt(pos + i), 16);
                                if (digit < 0) {
                                    throw fail("bad \\u escape");
                                }
                                code = code * 16 + digit;
                            }
                            pos += 4;
                            out.append((char) code);
                        }
                        default -> throw fail("bad escape \\" + e);
                    }
                    start = pos;
                } else {
                    pos++;
                }
            }
        }

        private Object number() {
            int start = pos;
            if (peek('-')) {
                pos++;
            }
            if (peek('0')) {
                pos++;
            } else if (!digits()) {
                throw fail("expected a digit");
            }
            boolean integral = true;
            if (peek('.')) {
                integral = false;
                pos++;
                if (!digits()) {
                    throw fail("expected a digit after '.'");
                }
            }
            if (peek('e') || peek('E')) {
                integral = false;
                pos++;
                if (peek('+') || peek('-')) {
                    pos++;
                }
                if (!digits()) {
                    throw fail("expected an exponent");
                }
            }
            String number = text.substring(start, pos);
            if (integral && number.length() <= 18) {
                long n = Long.parseLong(number);
                return n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE ? (Object) (int) n : (Object) n;
            }
            double d = Double.parseDouble(number);
            if (Double.isInfinite(d)) {
                // read as Infinity it could never be written again (JSON has none): refused here, not on the way out
                pos = start;
                throw fail("number out of range");
            }
            return d;
        }

        private boolean digits() {
            int start = pos;
            while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
                pos++;
            }
            return pos > start;
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, pos)) {
                throw fail("expected " + word);
            }
            pos += word.length();
            return value;
        }

        private boolean peek(char c) {
            return pos < text.length() && text.charAt(pos) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw fail(atEnd() ? "expected '" + c + "', found the end" : "expected '" + c + "', found '" + text.charAt(pos) + "'");
            }
            pos++;
        }
    }
}
