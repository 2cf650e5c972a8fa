package dev.touban.domain.incident;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/** Changes to a string driven by fuzz data: replace, insert or remove one character, or append text (or none). */
public final class FuzzEdits {
    private FuzzEdits() {}

    public static String apply(String original, FuzzedDataProvider data) {
        StringBuilder s = new StringBuilder(original);
        int edits = data.consumeInt(0, 3);
        for (int i = 0; i < edits; i++) {
            int at = data.consumeInt(0, s.length());
            char c = data.consumeChar();
            switch (data.consumeInt(0, 3)) {
                case 0 -> {
                    if (at < s.length()) {
                        s.setCharAt(at, c);
                    }
                }
                case 1 -> s.insert(at, c);
                case 2 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                default -> s.append(data.consumeString(8));
            }
        }
        return s.toString();
    }
}
