package dev.touban.importer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The {@code oncall.yaml} draft in Touban's own terms, each part with the comments to write
 * above it: what could not be mapped, what was guessed, what to fill in.
 */
record Draft(List<String> header, List<Member> members, List<Team> teams, List<Policy> policies, List<Service> services,
        List<String> footer) {

    record Member(String id, String name, String slack, String phone, String email, ZoneId zone, List<String> comments) {}

    record Team(String id, String name, ZoneId zone, List<String> members, List<String> admins, List<Rotation> rotations,
            List<String> comments) {}

    /** {@code weeks} is 0 for a rotation in {@code days}; {@code zone} null when it is the team's. */
    record Rotation(String id, String layer, List<String> members, int weeks, int days, DayOfWeek day, LocalTime time,
            ZoneId zone, LocalDate start, List<String> comments) {}

    record Policy(String id, String team, int repeat, List<Tier> tiers, List<String> comments) {}

    record Tier(int delayMinutes, List<Target> targets, List<String> comments) {}

    /** {@code kind} is rotation or user. */
    record Target(String kind, String ref, List<String> channels) {}

    /** {@code routingKey} is a plaintext key for a loader that wants one (else null); {@code keyHashes} the SHA-256 digests otherwise. */
    record Service(String id, String name, String routingKey, List<String> keyHashes, String policy, List<String> comments) {}
}
