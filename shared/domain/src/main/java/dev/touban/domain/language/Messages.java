package dev.touban.domain.language;

/**
 * The texts people read, in their language. Each {@link Msg} has one text per language
 * ({@link English}, {@link Japanese}: a switch over every key, so a missing translation does
 * not compile); placeholders are named, {@code {team}}, and both languages use the same set.
 *
 * <p>Plain classes rather than {@code ResourceBundle}: no locale lookup and no resource
 * reading at cold start. Values are put in as given: escaping stays with the format the text
 * goes out in (SlackText, HtmlText, CellText), done by the caller before it passes a value.
 */
public final class Messages {
    private Messages() {}

    /** The raw text of {@code key} in {@code language}, placeholders unfilled. */
    public static String template(Language language, Msg key) {
        return language == Language.JA ? Japanese.text(key) : English.text(key);
    }

    /**
     * {@code key}'s text with its placeholders filled from {@code namesAndValues} (name, value,
     * name, value...). A placeholder left without a value, or a value for no placeholder, is a
     * programming error and throws.
     */
    public static String say(Language language, Msg key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException(key + ": names and values come in pairs");
        }
        String text = template(language, key);
        for (int k = 0; k < namesAndValues.length; k += 2) {
            if (!text.contains("{" + namesAndValues[k] + "}")) {
                throw new IllegalArgumentException(key + ": no placeholder {" + namesAndValues[k] + "}");
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            out.append(valueOf(key, text.substring(i + 1, close), namesAndValues));
            i = close + 1;
        }
        return out.toString();
    }

    private static Object valueOf(Msg key, String name, Object[] namesAndValues) {
        for (int k = 0; k < namesAndValues.length; k += 2) {
            if (name.equals(namesAndValues[k])) {
                return namesAndValues[k + 1];
            }
        }
        throw new IllegalArgumentException(key + ": no value for {" + name + "}");
    }
}
