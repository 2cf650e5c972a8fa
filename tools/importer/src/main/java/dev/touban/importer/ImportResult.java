package dev.touban.importer;

import java.util.Map;

/**
 * An import: the draft as {@code oncall.yaml} text and as records, which Touban rotation each
 * source schedule became, and which member handle each source person became.
 */
record ImportResult(String yaml, Draft draft, Map<String, String> rotationOfSchedule, Map<String, String> handleOfPerson) {

    /** How many comments the draft carries: the parts to review. */
    int comments() {
        int n = draft.header().size() + draft.footer().size();
        for (Draft.Member m : draft.members()) {
            n += m.comments().size();
        }
        for (Draft.Team t : draft.teams()) {
            n += t.comments().size();
            for (Draft.Rotation r : t.rotations()) {
                n += r.comments().size();
            }
        }
        for (Draft.Policy p : draft.policies()) {
            n += p.comments().size();
            for (Draft.Tier tier : p.tiers()) {
                n += tier.comments().size();
            }
        }
        for (Draft.Service s : draft.services()) {
            n += s.comments().size();
        }
        return n;
    }
}
