package dev.touban.importer;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Touban handles ({@code [a-z0-9][a-z0-9._-]{0,63}}) made from names and emails, unique within
 * one namespace: "Zoë O'Brien" becomes {@code zoe-o-brien}, a second one {@code zoe-o-brien-2}.
 */
final class Handles {
    private static final int MAX = 64;
    private final Set<String> taken = new HashSet<>();
    private final String fallback;

    Handles(String fallback) {
        this.fallback = fallback;
    }

    String next(String wanted) {
        String base = slug(wanted);
        if (base.isEmpty()) {
            base = fallback;
        }
        String handle = base;
        for (int n = 2; !taken.add(handle); n++) {
            String suffix = "-" + n;
            handle = (base.length() + suffix.length() > MAX ? base.substring(0, MAX - suffix.length()) : base) + suffix;
        }
        return handle;
    }

    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[._-]+", "").replaceAll("-+$", "");
        return slug.length() > MAX ? slug.substring(0, MAX).replaceAll("[._-]+$", "") : slug;
    }
}
