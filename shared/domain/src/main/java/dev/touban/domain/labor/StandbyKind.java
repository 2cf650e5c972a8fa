package dev.touban.domain.labor;

/**
 * What a standby day is for the allowance. The legal holiday wins over a public holiday on the
 * same date, a public holiday over a weekend (a public holiday on a Saturday is a public holiday here).
 */
public enum StandbyKind {
    WEEKDAY("weekday"),
    WEEKEND("weekend"),
    PUBLIC_HOLIDAY("public holiday"),
    LEGAL_HOLIDAY("legal holiday");

    private final String label;

    StandbyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
