package dev.touban.domain.config;

import dev.touban.domain.language.Language;
import dev.touban.domain.rotation.Rotation;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A team: its people (member ids), admins, rotations, where it lives in Slack and in time, and the
 * language its channel and members read (a member may read another, see {@link Member#language()}).
 */
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
        int linkEpoch,
        Language language) {

    public Team {
        memberIds = List.copyOf(memberIds);
        adminIds = List.copyOf(adminIds);
        rotations = List.copyOf(rotations);
        if (linkEpoch < 1) {
            throw new IllegalArgumentException("a team's linkEpoch starts at 1");
        }
        if (language == null) {
            throw new IllegalArgumentException("a team reads one language");
        }
    }

    /** A team that reads English. */
    public Team(String id, String name, ZoneId timeZone, String country, String slackChannel, String slackUserGroup,
            List<String> memberIds, List<String> adminIds, List<Rotation> rotations, int linkEpoch) {
        this(id, name, timeZone, country, slackChannel, slackUserGroup, memberIds, adminIds, rotations, linkEpoch, Language.EN);
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
