package dev.touban.domain.incident;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Changes to a token driven by fuzz data: up to three edits, each replacing, inserting or removing
 * one character, or appending one. Characters come mostly from the alphabet tokens are written in
 * (base64url, '.', '=' and the code alphabet's letters), so that look-alike tokens are tried often,
 * and otherwise from all of UTF-16.
 */
public final class FuzzEdits {
    private static final String TOKEN_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/";

    private FuzzEdits() {}

    public static String apply(String original, FuzzedDataProvider data) {
        StringBuilder s = new StringBuilder(original);
        int edits = data.consumeInt(0, 3);
        for (int i = 0; i < edits; i++) {
            int at = data.consumeInt(0, s.length());
            char c = data.consumeBoolean() ? TOKEN_CHARS.charAt(data.consumeInt(0, TOKEN_CHARS.length() - 1)) : data.consumeChar();
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
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
