package dev.touban.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place text from another tool is written into YAML: as a double-quoted scalar with
 * every character that could end it, break the line or hide in it escaped, or as a comment
 * with line breaks flattened, so no name, summary or label can add a line of its own.
 */
final class Yaml {
    static final int COMMENT_WIDTH = 100;

    private Yaml() {}

    static String quoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (special(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\ufffd');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Comment lines ("# ..."), wrapped at word boundaries; line breaks and control characters become spaces. */
    static List<String> comment(String text) {
        StringBuilder flat = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            flat.append(c == '\n' || c == '\r' || c == '\t' || special(c) ? ' ' : c);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder("#");
        for (String word : flat.toString().strip().split(" +")) {
            if (line.length() > 1 && line.length() + 1 + word.length() > COMMENT_WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder("#  ");
            }
            line.append(' ').append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Characters YAML reads as a line break, a byte-order mark, or that a reader cannot see. */
    private static boolean special(char c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029' || c == '\ufeff';
    }
}
