package dev.touban.domain.text;

/**
 * The subject of an SNS message: SNS refuses any subject that is not printable ASCII on one
 * line of at most 100 characters, so every subject Touban publishes passes through here.
 * Anything else becomes a space (runs of spaces become one), and a longer subject is cut with
 * {@value #MARKER}. Applying it again changes nothing.
 */
public final class SnsSubject {
    public static final int MAX = 99;
    public static final String MARKER = "...";

    private SnsSubject() {}

    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            char kept = c >= 0x20 && c < 0x7f ? c : ' ';
            if (kept != ' ' || (out.length() > 0 && out.charAt(out.length() - 1) != ' ')) {
                out.append(kept);
            }
        }
        String line = out.toString().strip();
        return line.length() <= MAX ? line : line.substring(0, MAX - MARKER.length()) + MARKER;
    }

    /** {@code name} when SNS can show it whole, else {@code fallback} (an ASCII id): a name in Japanese script would vanish. */
    public static String name(String name, String fallback) {
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (c < 0x20 || c >= 0x7f) {
                return fallback;
            }
        }
        return name;
    }
}
