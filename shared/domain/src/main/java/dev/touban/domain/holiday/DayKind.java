package dev.touban.domain.holiday;

/** What a local date is for comp days: an ordinary working day, a Saturday or Sunday, or a holiday on a weekday. */
public enum DayKind {
    WORKDAY,
    WEEKEND,
    HOLIDAY;

    public boolean restDay() {
        return this != WORKDAY;
    }

    public String label() {
        return switch (this) {
            case WORKDAY -> "workday";
            case WEEKEND -> "weekend";
            case HOLIDAY -> "holiday";
        };
    }
}
