package dev.touban.domain.text;

/**
 * Text from outside made inert in HTML text and in quoted attribute values: the one HTML
 * escaper (the schedule page, the acknowledge page). Control characters and lone surrogates
 * go as {@link CleanText} decides.
 */
public final class HtmlText {
    private HtmlText() {}

    /** {@code text} escaped for HTML; null becomes the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String clean = CleanText.block(text, Integer.MAX_VALUE);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
