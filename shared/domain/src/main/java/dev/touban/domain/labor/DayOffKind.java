package dev.touban.domain.labor;

/**
 * A day off given for work on a rest day. A 振替休日 (swap) is recorded before the worked day
 * starts: the worked day becomes an ordinary working day. A 代休 (compensatory leave) is granted
 * on or after the worked day: the premium for work on the legal holiday stays owed.
 */
public enum DayOffKind {
    SWAP("振替休日 (swapped in advance)"),
    COMPENSATORY("代休 (granted afterwards)");

    private final String label;

    DayOffKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
