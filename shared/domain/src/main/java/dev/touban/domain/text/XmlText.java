package dev.touban.domain.text;

/**
 * Text from outside made inert in XML character data and quoted attributes: the one escaper
 * of the SSML a phone call is read from. Line breaks become spaces (speech has no lines);
 * other controls, which XML 1.0 does not allow, and lone surrogates go as {@link CleanText}
 * decides, and U+FFFE and U+FFFF become U+FFFD, so the result is always well-formed.
 */
public final class XmlText {
    private XmlText() {}

    /** {@code text} escaped for XML; null becomes the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String clean = CleanText.line(text, Integer.MAX_VALUE);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                // XML 1.0 allows neither of the two last code points of the plane
                case '\uFFFE', '\uFFFF' -> out.append('\uFFFD');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
