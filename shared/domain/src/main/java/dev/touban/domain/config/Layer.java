package dev.touban.domain.config;

/** Which layer a rotation fills: the primary is paged first, the secondary backs them up. */
public enum Layer {
    PRIMARY,
    SECONDARY;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
