package dev.touban.domain.escalation;

import java.util.List;

/**
 * Ordered tiers paged one after another, the whole list run {@code repeat} more times after
 * the first pass. Steps are numbered across passes: step {@code s} pages tier
 * {@code s % tiers} in pass {@code s / tiers}, and there are {@code tiers * (repeat + 1)}
 * steps in all. {@code teamId} owns the policy: its rotations and Slack channel are meant.
 */
public record EscalationPolicy(String id, String teamId, List<Tier> tiers, int repeat) {
    public static final int MAX_REPEAT = 9;

    public EscalationPolicy {
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a policy needs at least one tier");
        }
        if (repeat < 0 || repeat > MAX_REPEAT) {
            throw new IllegalArgumentException("repeat must be between 0 and " + MAX_REPEAT);
        }
    }

    public int steps() {
        return tiers.size() * (repeat + 1);
    }

    public int passes() {
        return repeat + 1;
    }

    public Tier tierOf(int step) {
        return tiers.get(step % tiers.size());
    }

    /** The 0-based tier index that {@code step} pages. */
    public int tierIndexOf(int step) {
        return step % tiers.size();
    }

    /** The 0-based pass that {@code step} belongs to. */
    public int passOf(int step) {
        return step / tiers.size();
    }
}
