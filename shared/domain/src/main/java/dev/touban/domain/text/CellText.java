package dev.touban.domain.text;

/**
 * Text from outside made safe for a spreadsheet cell (CSV, XLSX, Google Sheets): the one
 * formula defuser. A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return is one a spreadsheet may run as a formula ({@code =HYPERLINK(..)},
 * {@code @SUM(..)}, DDE); it gets a leading apostrophe, which spreadsheets show as text.
 * Lone surrogates become U+FFFD, so every writer can encode the cell.
 */
public final class CellText {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CellText() {}

    /** {@code text} as a spreadsheet shows it as text; null stays null. */
    public static String defuse(String text) {
        if (text == null) {
            return null;
        }
        String clean = withoutLoneSurrogates(text);
        return !clean.isEmpty() && FORMULA_STARTS.indexOf(clean.charAt(0)) >= 0 ? "'" + clean : clean;
    }

    private static String withoutLoneSurrogates(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            char keep = Character.isSurrogate(c) ? '\uFFFD' : c;
            if (keep != c && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(keep);
            }
        }
        return out == null ? text : out.toString();
    }
}
