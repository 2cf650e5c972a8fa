package dev.touban.domain.health;

import java.time.Instant;

/**
 * One delivery of a page to a roster member: over {@code channel} (slack, sms, voice, sns) at
 * {@code at}, by escalation step {@code step} (0 is the first step: tier 1 of the first pass).
 */
public record PageFact(String memberId, String channel, Instant at, int step) {}
