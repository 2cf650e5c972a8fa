package dev.touban.domain.escalation;

import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.rotation.OnCallLookup;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Turns a tier's targets into recipients at the moment of paging. Rotations are asked
 * through {@link OnCallLookup}, so overrides and swaps apply to pages as they do everywhere.
 */
public final class Recipients {
    private final OncallConfig config;
    private final OnCallLookup onCall;

    public Recipients(OncallConfig config, OnCallLookup onCall) {
        this.config = config;
        this.onCall = onCall;
    }

    public record Resolved(Target target, Recipient recipient) {}

    public List<Resolved> of(Tier tier, Instant now) {
        return tier.targets().stream().map(t -> new Resolved(t, of(t, now))).toList();
    }

    public Recipient of(Target target, Instant now) {
        return switch (target) {
            case Target.SlackChannel place -> new Recipient.Place(place.channelId());
            case Target.User user -> config.member(user.memberId())
                    .<Recipient>map(m -> new Recipient.Person(m, "named in the policy"))
                    .orElse(new Recipient.Nobody("member " + user.memberId() + " is not in the roster"));
            case Target.OnCall rotation -> {
                Optional<Team> team = config.team(rotation.teamId());
                Optional<Member> member = team
                        .flatMap(t -> onCall.onCallAt(t, rotation.layer(), now))
                        .flatMap(shift -> config.member(shift.memberId()));
                yield member.<Recipient>map(m -> new Recipient.Person(m, "on call in " + rotation.rotationId()))
                        .orElse(new Recipient.Nobody("nobody is on call in " + rotation.rotationId() + " now"));
            }
        };
    }
}
