package dev.touban.domain.text;

/**
 * Text from outside (monitoring, Slack, SMS) made fit to store and to show: the one place
 * that decides what hostile or broken text becomes.
 *
 * <p>Every result is valid UTF-16 (a lone surrogate, which DynamoDB and every UTF-8 encoder
 * refuse or mangle, becomes U+FFFD), holds no control character beyond those its form allows
 * (other controls and the bidirectional overrides that make text read backwards become
 * U+FFFD), and is at most {@code max} UTF-16 units long. Text that was longer is cut at a
 * boundary that splits no code point, emoji sequence or combining mark, and ends with
 * {@link #MARKER}. Applying the same function again changes nothing.
 */
public final class CleanText {
    /** Ends text that was cut. */
    public static final String MARKER = "…";
    private static final char REPLACEMENT = '\uFFFD';
    private static final int ZWJ = 0x200D;

    private CleanText() {}

    /** One line: tabs, line and paragraph breaks become spaces. Null stays null. */
    public static String line(String text, int max) {
        return text == null ? null : cut(clean(text, false), max, MARKER);
    }

    /** Several lines: tabs and line breaks are kept (CR LF and lone CR become LF). Null stays null. */
    public static String block(String text, int max) {
        return text == null ? null : cut(clean(text, true), max, MARKER);
    }

    /**
     * {@code text} when it fits {@code max} UTF-16 units, else its longest head that ends on a
     * whole grapheme and leaves room for {@code marker}, followed by the marker.
     */
    public static String cut(String text, int max, String marker) {
        if (text.length() <= max) {
            return text;
        }
        if (marker.length() > max) {
            throw new IllegalArgumentException("the marker does not fit in " + max);
        }
        return text.substring(0, boundaryAtOrBefore(text, max - marker.length())) + marker;
    }

    /** The largest index at or before {@code limit} where {@code text} may be cut without breaking a code point or a grapheme. */
    public static int boundaryAtOrBefore(String text, int limit) {
        int i = Math.min(limit, text.length());
        while (i > 0 && i < text.length() && !isBoundary(text, i)) {
            i = text.offsetByCodePoints(i, -1);
        }
        return i;
    }

    private static boolean isBoundary(String text, int i) {
        if (Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i))) {
            return false;
        }
        int before = text.codePointBefore(i);
        int after = text.codePointAt(i);
        if (before == ZWJ || isExtender(after)) {
            return false;
        }
        if (isRegionalIndicator(before) && isRegionalIndicator(after)) {
            // flags are pairs of regional indicators: cut only after an even number of them
            int run = 0;
            for (int j = i; j > 0 && isRegionalIndicator(text.codePointBefore(j)); j = text.offsetByCodePoints(j, -1)) {
                run++;
            }
            return run % 2 == 0;
        }
        return true;
    }

    /** Code points that belong to the grapheme before them: joiners, variation selectors, skin tones, tags, combining marks. */
    private static boolean isExtender(int cp) {
        if (cp == ZWJ || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0x1F3FB && cp <= 0x1F3FF)
                || (cp >= 0xE0020 && cp <= 0xE007F)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static String clean(String text, boolean lines) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char replacement;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            } else if (Character.isSurrogate(c)) {
                replacement = REPLACEMENT;
            } else if (c == '\r') {
                if (lines && i + 1 < n && text.charAt(i + 1) == '\n') {
                    if (out == null) {
                        out = new StringBuilder(n).append(text, 0, i);
                    }
                    continue;
                }
                replacement = lines ? '\n' : ' ';
            } else if (c == '\n' || c == '\t') {
                replacement = lines ? c : ' ';
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                replacement = lines ? '\n' : ' ';
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c)) {
                replacement = REPLACEMENT;
            } else {
                replacement = c;
            }
            if (replacement != c && out == null) {
                out = new StringBuilder(n).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Embeddings, overrides and isolates: they can make a link or a number read as something else. */
    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
