package dev.touban.domain.holiday;

import java.time.LocalDate;

/** A day off for everyone in a calendar: a public holiday or a company closure day, with its name. */
public record Holiday(LocalDate date, String name) implements Comparable<Holiday> {
    public Holiday {
        if (date == null || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a holiday needs a date and a name");
        }
    }

    @Override
    public int compareTo(Holiday other) {
        return date.compareTo(other.date);
    }
}
