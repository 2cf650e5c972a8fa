package dev.touban.domain.rotation;

/** How a schedule change came about: an override (someone covers a time range) or a swap of two shifts. */
public enum ChangeKind {
    OVERRIDE,
    SWAP;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
