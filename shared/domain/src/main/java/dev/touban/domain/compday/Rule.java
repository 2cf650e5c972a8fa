package dev.touban.domain.compday;

/** Which part of the policy an award comes from. */
public enum Rule {
    DUTY_DAY("weekend/holiday on primary duty"),
    CLOCK_IN("clocked in on a weekend/holiday"),
    NIGHT_PAGE("night page"),
    NIGHT_PAGE_CAP("night page cap"),
    MONTH_CAP("monthly cap");

    private final String label;

    Rule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
