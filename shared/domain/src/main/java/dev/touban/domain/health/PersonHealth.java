package dev.touban.domain.health;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * One person's month: their {@link Figures}, their hours on duty (any layer, overrides applied,
 * counted once where layers overlap), pages per duty hour, and {@code fairness}: that rate over
 * the team's (1.00 is an even share, 2.00 twice the team's rate). Rate and fairness are null
 * when the person had no duty hours or the team no pages. {@code noisiestService} is the
 * service that paged them most (null without pages).
 */
public record PersonHealth(
        String memberId,
        Figures figures,
        Duration duty,
        BigDecimal pagesPerDutyHour,
        BigDecimal fairness,
        String noisiestService) {}
