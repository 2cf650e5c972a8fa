package dev.touban.domain.config;

import dev.touban.domain.rotation.Rotation;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** A team: its people (member ids), admins, rotations, and where it lives in Slack and in time. */
public record Team(
        String id,
        String name,
        ZoneId timeZone,
        String country,
        String slackChannel,
        String slackUserGroup,
        List<String> memberIds,
        List<String> adminIds,
        List<Rotation> rotations,
        int linkEpoch) {

    public Team {
        memberIds = List.copyOf(memberIds);
        adminIds = List.copyOf(adminIds);
        rotations = List.copyOf(rotations);
        if (linkEpoch < 1) {
            throw new IllegalArgumentException("a team's linkEpoch starts at 1");
        }
    }

    /** A team whose links are of the first epoch (none revoked). */
    public Team(String id, String name, ZoneId timeZone, String country, String slackChannel, String slackUserGroup,
            List<String> memberIds, List<String> adminIds, List<Rotation> rotations) {
        this(id, name, timeZone, country, slackChannel, slackUserGroup, memberIds, adminIds, rotations, 1);
    }

    public boolean isAdmin(String memberId) {
        return adminIds.contains(memberId);
    }

    public Optional<Rotation> rotation(Layer layer) {
        for (Rotation r : rotations) {
            if (r.layer() == layer) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
