package dev.touban.domain.rotation;

import dev.touban.domain.config.Layer;
import java.time.Instant;
import java.util.List;

/** {@code memberId} is on call for the team's {@code layer} during [from, to) instead of whoever is scheduled. */
public record OnCallOverride(String id, String teamId, Layer layer, String memberId, Instant from, Instant to,
        String createdBy, Instant createdAt) implements ScheduleChange {

    public OnCallOverride {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("an override ends after it starts: " + from + " .. " + to);
        }
    }

    @Override
    public List<Cover> covers() {
        return List.of(new Cover(id, ChangeKind.OVERRIDE, layer, memberId, from, to, createdAt));
    }

    @Override
    public ChangeKind kind() {
        return ChangeKind.OVERRIDE;
    }

    @Override
    public boolean involves(String member) {
        return memberId.equals(member);
    }
}
