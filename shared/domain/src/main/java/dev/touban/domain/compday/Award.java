package dev.touban.domain.compday;

import dev.touban.domain.holiday.DayKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One line of how a person's comp days were reached: on {@code day} (of kind {@code kind},
 * named {@code holidayName} when a holiday), {@code rule} gave {@code days} (negative for a
 * cap), because of {@code detail}. A person's awards add up to their comp days.
 */
public record Award(String memberId, LocalDate day, DayKind kind, String holidayName, Rule rule, BigDecimal days, String detail) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd EEE", Locale.ENGLISH);

    /** The day as the report shows it: "2026-11-23 Mon (holiday: 勤労感謝の日)", or the month for a cap. */
    public String dayText() {
        if (kind == null) {
            return day.toString().substring(0, 7) + " (month)";
        }
        return DAY.format(day) + " (" + kind.label() + (holidayName == null ? "" : ": " + holidayName) + ")";
    }

    /** Signed, two decimals: "+1.00", "-0.50". */
    public String daysText() {
        return (days.signum() >= 0 ? "+" : "") + days.setScale(2).toPlainString();
    }

    /** One line of the explanation: day, rule, days, why. */
    public String text() {
        return dayText() + " | " + rule.label() + " | " + daysText() + " | " + detail;
    }
}
