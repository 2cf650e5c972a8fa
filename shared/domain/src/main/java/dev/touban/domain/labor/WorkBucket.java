package dev.touban.domain.labor;

/** The premium bucket a minute of call-out work falls in: by whether it is night and whether the day is the legal holiday. */
public enum WorkBucket {
    ORDINARY("ordinary"),
    NIGHT("night"),
    LEGAL_HOLIDAY("legal holiday"),
    LEGAL_HOLIDAY_NIGHT("legal holiday night");

    private final String label;

    WorkBucket(String label) {
        this.label = label;
    }

    public static WorkBucket of(boolean legalHoliday, boolean night) {
        return legalHoliday ? (night ? LEGAL_HOLIDAY_NIGHT : LEGAL_HOLIDAY) : (night ? NIGHT : ORDINARY);
    }

    public boolean legalHoliday() {
        return this == LEGAL_HOLIDAY || this == LEGAL_HOLIDAY_NIGHT;
    }

    public String label() {
        return label;
    }
}
