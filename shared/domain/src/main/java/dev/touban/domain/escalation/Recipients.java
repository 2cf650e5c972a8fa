package dev.touban.domain.escalation;

import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.rotation.OnCallLookup;
import dev.touban.domain.rotation.Shift;
import java.time.Instant;
import java.util.ArrayList;
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
        List<Resolved> resolved = new ArrayList<>();
        for (Target t : tier.targets()) {
            resolved.add(new Resolved(t, of(t, now)));
        }
        return List.copyOf(resolved);
    }

    public Recipient of(Target target, Instant now) {
        return switch (target) {
            case Target.SlackChannel place -> new Recipient.Place(place.channelId());
            case Target.User user -> {
                Optional<Member> member = config.member(user.memberId());
                yield member.isPresent()
                        ? new Recipient.Person(member.get(), PageReason.NAMED, config.language(member.get()))
                        : new Recipient.Nobody("member " + user.memberId() + " is not in the roster");
            }
            case Target.OnCall rotation -> {
                Optional<Team> team = config.team(rotation.teamId());
                Optional<Shift> shift = team.isPresent() ? onCall.onCallAt(team.get(), rotation.layer(), now) : Optional.empty();
                Optional<Member> member = shift.isPresent() ? config.member(shift.get().memberId()) : Optional.empty();
                yield member.isPresent()
                        ? new Recipient.Person(member.get(), PageReason.onCall(rotation.rotationId()), config.language(member.get()))
                        : new Recipient.Nobody("nobody is on call in " + rotation.rotationId() + " now");
            }
        };
    }
}
