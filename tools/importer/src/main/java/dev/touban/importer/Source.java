package dev.touban.importer;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What a reader understood of another tool's export, in neutral terms and before any of
 * Touban's choices (handles, layers, teams): people, schedules reduced to the one rotation
 * Touban can keep, teams, escalation policies and services. Everything a reader could not
 * carry over is a note on the part it belongs to; notes become comments in the draft.
 */
record Source(String tool, List<Person> people, List<Schedule> schedules, List<Team> teams, List<Policy> policies,
        List<Service> services, List<String> notes) {

    /** A person; {@code phone} is E.164 or null, {@code zone} null when the tool gave none Touban reads. */
    record Person(String sourceId, String name, String email, String phone, ZoneId zone, List<String> notes) {}

    /**
     * A schedule: {@code rotation} is what Touban keeps of it (null: nothing), {@code teamHint}
     * the team that owns it in the source (null: none).
     */
    record Schedule(String sourceId, String name, ZoneId zone, Rotation rotation, String teamHint, List<String> notes) {}

    /** Turns of {@code shiftDays} days in {@code people}'s order, the first starting at {@code firstHandoff} (schedule-local). */
    record Rotation(List<String> people, int shiftDays, LocalDateTime firstHandoff, List<String> notes) {}

    record Team(String key, String name, List<String> members, List<String> admins) {}

    /** Tiers in order; {@code repeat} more passes after the first. */
    record Policy(String sourceId, String name, String teamKey, int repeat, List<Tier> tiers, List<String> notes) {}

    /** Paged together; the next tier follows after {@code delayMinutes} unless someone acknowledges. */
    record Tier(int delayMinutes, List<Target> targets, List<String> notes) {}

    /** Whoever a schedule has on call, or a person. */
    record Target(boolean schedule, String sourceId) {}

    /** {@code keyHashes}: SHA-256 (hex) of each inbound integration key; the keys themselves are never kept. */
    record Service(String name, String policySourceId, List<String> keyHashes, List<String> notes) {}
}
