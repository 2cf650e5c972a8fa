package dev.touban.domain.handoff;

import java.time.Instant;

/**
 * Which shift a handoff is for: a rotation's scheduled shift, named by when it starts and whom
 * the roster puts on it. The ledger records one handoff per reference, so a roster change that
 * puts someone else on the shift on duty is handed off again, and one that leaves the shift
 * as it was (another rotation added or removed) changes nothing.
 */
public record ShiftRef(String teamId, String rotationId, Instant start, String scheduledMemberId) {}
