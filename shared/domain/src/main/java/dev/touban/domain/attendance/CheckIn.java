package dev.touban.domain.attendance;

import java.time.Instant;

/** An open clock-in: a member started standby work for a team at {@code start}. At most one per member. */
public record CheckIn(String memberId, String teamId, Instant start, String note) {}
