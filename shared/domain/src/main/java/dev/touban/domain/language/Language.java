package dev.touban.domain.language;

import java.util.Locale;
import java.util.Optional;

/**
 * The language a person reads Touban in: set per team in {@code oncall.yaml}
 * ({@code language: ja}), optionally per member; English when nothing is set.
 */
public enum Language {
    EN("en"),
    JA("ja");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The code {@code oncall.yaml} uses: {@code en} or {@code ja}. */
    public String code() {
        return code;
    }

    public static Optional<Language> ofCode(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.code.equals(c)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
