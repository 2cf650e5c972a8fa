package dev.touban.schedule;

import dev.touban.domain.text.CleanText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar (RFC 5545) by hand: CRLF line ends, content lines folded at 75 octets
 * without splitting a UTF-8 character (section 3.1), TEXT values escaped (3.3.11), times in
 * UTC form (3.3.5). A library would add hundreds of classes to a cold start for the dozen
 * properties a feed of shifts needs.
 */
final class IcsWriter {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is already in its final form (names, dates, fixed words). */
    IcsWriter raw(String name, String value) {
        return line(name + ":" + value);
    }

    IcsWriter text(String name, String value) {
        return line(name + ":" + escape(value));
    }

    IcsWriter time(String name, Instant t) {
        return line(name + ":" + UTC.format(t));
    }

    static String utc(Instant t) {
        return UTC.format(t);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** The one ICS TEXT escaper: backslash, semicolon, comma and line breaks escaped; lone surrogates and controls as {@link CleanText} decides. */
    static String escape(String text) {
        String value = CleanText.block(text == null ? "" : text, Integer.MAX_VALUE);
        StringBuilder s = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case ';' -> s.append("\\;");
                case ',' -> s.append("\\,");
                case '\n' -> s.append("\\n");
                case '\r' -> { }
                default -> s.append(c < 0x20 ? ' ' : c);
            }
        }
        return s.toString();
    }

    private IcsWriter line(String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1; // the space that starts a continuation line counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
        return this;
    }
}
