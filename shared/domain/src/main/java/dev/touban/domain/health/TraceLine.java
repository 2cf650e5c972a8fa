package dev.touban.domain.health;

import java.time.Instant;

/**
 * One line of how a figure was reached: for {@code memberId} (null: the team), the figure,
 * the incident it concerns (0: none) and when, and why it counted. Filtering the lines by
 * person and figure gives exactly the items the figure counts.
 */
public record TraceLine(String memberId, Figure figure, long incident, Instant at, String detail) {

    /** The figures a trace line can explain. */
    public enum Figure {
        INCIDENTS("incidents"),
        PAGES("pages"),
        MTTA("MTTA"),
        MTTR("MTTR"),
        ACKNOWLEDGED("acknowledged"),
        ESCALATED("escalated past tier 1"),
        NIGHT_PAGES("night pages"),
        WEEKEND_PAGES("weekend pages"),
        HOLIDAY_PAGES("holiday pages"),
        DUTY_HOURS("duty hours"),
        FAIRNESS("fairness");

        private final String label;

        Figure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
